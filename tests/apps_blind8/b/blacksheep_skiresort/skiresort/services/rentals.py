"""Opening and closing rental agreements."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from logbook import Logger
from pymongo.encryption import Algorithm, ClientEncryption

from skiresort.models.guest import Guest
from skiresort.models.rental import (
    CorporateAccount,
    DepositCard,
    DepositHoldRequest,
    RentalAgreement,
    RentalItem,
)
from skiresort.services.gateway import AcquirerClient, AcquirerError, ShopPosBridge, mask_pan
from skiresort.settings import get_settings

log = Logger("skiresort.rentals")
settings = get_settings()


class RentalService:
    def __init__(self, acquirer: AcquirerClient, pos: ShopPosBridge) -> None:
        self.acquirer = acquirer
        self.pos = pos

    async def open_agreement(
        self,
        guest: Guest,
        items: list[RentalItem],
        holder_name: str,
        card_number: str,
        expiry_month: int,
        expiry_year: int,
        cvv: str | None,
        days: int,
    ) -> RentalAgreement:
        now = datetime.now(timezone.utc)
        log.info("rental opened for {} <{}> dob={}", guest.full_name, guest.email, guest.date_of_birth)

        hold_request = DepositHoldRequest(
            reference=f"rent-{guest.id}-{int(now.timestamp())}",
            amount_cents=settings.deposit_hold_cents,
            card_number=card_number,
            expiry=f"{expiry_month:02d}/{expiry_year % 100:02d}",
            cvv=cvv,
            holder_name=holder_name,
        )
        log.debug("deposit hold request: {!r}", hold_request)
        try:
            hold = await self.acquirer.hold(hold_request)
        except AcquirerError:
            log.error("deposit hold failed for guest {} card {}", guest.id, mask_pan(card_number))
            raise

        agreement = RentalAgreement(
            guest_id=guest.id,
            items=items,
            deposit_card=DepositCard(
                holder_name=holder_name,
                pan=card_number,
                expiry_month=expiry_month,
                expiry_year=expiry_year,
                cvv=cvv,
                acquirer_hold_id=hold["id"],
            ),
            deposit_hold_cents=settings.deposit_hold_cents,
            opened_at=now,
            due_back=now + timedelta(days=days),
        )
        await agreement.insert()
        await self.pos.push_deposit(str(agreement.id), holder_name, card_number, hold_request.expiry)
        log.info("agreement {} opened, {} items, hold {}", agreement.id, len(items), hold["id"])
        return agreement



async def set_corporate_card(
    account: CorporateAccount, encryption: ClientEncryption, key_id, card_number: str, token: str
) -> None:
    account.billing_card_number_enc = encryption.encrypt(
        card_number, Algorithm.AEAD_AES_256_CBC_HMAC_SHA_512_Deterministic, key_id=key_id
    )
    account.billing_card_token = token
    account.billing_card_last4 = card_number[-4:]
    await account.save()
    log.info("corporate card updated for account {} ({})", account.id, mask_pan(card_number))
