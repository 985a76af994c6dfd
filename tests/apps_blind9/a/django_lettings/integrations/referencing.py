import logging
from decimal import Decimal

from django.conf import settings

from .http import veritenant_session

logger = logging.getLogger(__name__)


class VeritenantError(Exception):
    pass


class VeritenantClient:
    def __init__(self, base_url: str, session):
        self.base_url = base_url.rstrip("/")
        self.session = session

    @classmethod
    def from_settings(cls) -> "VeritenantClient":
        return cls(settings.VERITENANT_API_URL, veritenant_session())

    def _case_payload(self, applicant, monthly_rent: Decimal) -> dict:
        payload = {"product": "full_reference", "rent_pcm": str(monthly_rent)}
        payload["applicant"] = {
            "forename": applicant.first_name,
            "surname": applicant.last_name,
            "dob": applicant.date_of_birth.isoformat(),
            "email": applicant.email,
            "mobile": applicant.phone,
            "address": applicant.current_address,
        }
        if applicant.ni_number:
            payload["applicant"]["nino"] = applicant.ni_number
        if applicant.annual_income:
            payload["income"] = {"gross_annual": str(applicant.annual_income), "employer": applicant.employer_name}
        return payload

    def open_case(self, applicant, monthly_rent: Decimal) -> str:
        response = self.session.post(f"{self.base_url}/cases", json=self._case_payload(applicant, monthly_rent), timeout=20)
        if response.status_code >= 400:
            raise VeritenantError(response.json().get("message", response.text[:200]))
        return response.json()["case_id"]

    def case_status(self, case_id: str) -> str:
        response = self.session.get(f"{self.base_url}/cases/{case_id}", timeout=10)
        response.raise_for_status()
        return response.json()["status"]
