"""Runtime configuration for the marina booking service."""
import os

DATABASE = {
    "provider": "postgres",
    "host": os.environ.get("PGHOST", "localhost"),
    "user": os.environ.get("PGUSER", "marina"),
    "password": os.environ.get("PGPASSWORD", ""),
    "database": os.environ.get("PGDATABASE", "marina"),
}

EMAIL_HOST = os.environ.get("EMAIL_HOST", "smtp.internal")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_FROM = "harbourmaster@example-marina.org"
EMAIL_TEMPLATE_BOOKING = "booking-confirmed-v3"
PHONE_VERIFICATION_ENABLED = False

PAYMENT_GATEWAY_URL = os.environ.get("GATEWAY_URL", "https://api.payfront.example/v2")
LEGACY_HARBOUR_SYNC_URL = "http://harbour-office.lan:8080/api/berths"
MIXPANEL_TOKEN = os.environ.get("MIXPANEL_TOKEN", "")
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
