"""HubSpot CRM and analytics sync for marketing follow-up of unfinished quotes."""
import hashlib
import logging

import requests

log = logging.getLogger(__name__)

HUBSPOT_API = "https://api.hubapi.com"
GA_COLLECT = "https://www.google-analytics.com/mp/collect"


class CrmClient:
    def __init__(self, settings):
        self.settings = settings
        self.http = requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {settings.hubspot_token}",
                                  "Content-Type": "application/json"})

    def upsert_contact(self, email, firstname, phone=None, quote_id=None):
        properties = {
            "email": email,
            "firstname": firstname,
            "phone": phone,
            "last_quote_id": quote_id,
            "lifecyclestage": "lead",
        }
        resp = self.http.post(
            f"{HUBSPOT_API}/crm/v3/objects/contacts/batch/upsert",
            json={"inputs": [{"idProperty": "email", "id": email, "properties": properties}]},
            timeout=8,
        )
        if resp.status_code >= 300:
            log.warning("hubspot upsert failed status=%s quote=%s", resp.status_code, quote_id)
        return resp.ok

    def track_quote_started(self, client_id, quote_id, product_name):
        params = {"measurement_id": "G-7QK2B1XPLM", "api_secret": "ga-mp-secret-from-env"}
        event = {
            "client_id": client_id,
            "events": [{"name": "quote_started", "params": {"quote_id": quote_id, "product": product_name}}],
        }
        self.http.post(GA_COLLECT, params=params, json=event, timeout=3)

    def track_purchase(self, client_id, email, premium):
        hashed = hashlib.sha256(email.strip().lower().encode()).hexdigest()
        event = {
            "client_id": client_id,
            "user_data": {"sha256_email_address": hashed},
            "events": [{"name": "purchase", "params": {"value": float(premium), "currency": "USD"}}],
        }
        self.http.post(GA_COLLECT, params={"measurement_id": "G-7QK2B1XPLM"}, json=event, timeout=3)

    def track_claim_filed(self, client_id, policyholder, claim_number):
        event = {
            "client_id": client_id,
            "user_properties": {
                "customer_email": {"value": policyholder.email},
                "date_of_birth": {"value": str(policyholder.date_of_birth)},
            },
            "events": [{"name": "claim_filed", "params": {"claim_number": claim_number}}],
        }
        self.http.post(GA_COLLECT, params={"measurement_id": "G-7QK2B1XPLM"}, json=event, timeout=5)
