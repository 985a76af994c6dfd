"""Move the flat deposit fields into the embedded deposit_card sub-document (beanie migrate -p migrations)."""

from datetime import datetime
from typing import Optional

from beanie import Document, iterative_migration
from pydantic import BaseModel


class OldRentalAgreement(Document):
    guest_id: str
    deposit_holder: str
    deposit_card_number: str
    deposit_expiry: str
    deposit_hold_id: Optional[str] = None
    opened_at: datetime

    class Settings:
        name = "rental_agreements"


class DepositCardV2(BaseModel):
    holder_name: str
    pan: str
    expiry_month: int
    expiry_year: int
    cvv: Optional[str] = None
    acquirer_hold_id: Optional[str] = None


class RentalAgreementV2(Document):
    guest_id: str
    deposit_card: DepositCardV2
    opened_at: datetime

    class Settings:
        name = "rental_agreements"


class Forward:
    @iterative_migration()
    async def embed_deposit_card(self, input_document: OldRentalAgreement, output_document: RentalAgreementV2):
        month, year = input_document.deposit_expiry.split("/")
        output_document.deposit_card = DepositCardV2(
            holder_name=input_document.deposit_holder,
            pan=input_document.deposit_card_number,
            expiry_month=int(month),
            expiry_year=2000 + int(year),
            acquirer_hold_id=input_document.deposit_hold_id,
        )
