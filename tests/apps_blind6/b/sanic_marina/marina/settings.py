"""Runtime configuration for the marina booking service, read from the environment."""
import os

DB_HOST = os.environ.get("MARINA_DB_HOST", "localhost")
DB_NAME = os.environ.get("MARINA_DB_NAME", "marina")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "smtp.mailgun.org")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_FROM = os.environ.get("EMAIL_FROM", "harbourmaster@example-marina.com")
SMS_SENDER_PHONE = os.environ.get("SMS_SENDER_PHONE", "+15550100")
BOOKING_CONFIRMATION_EMAIL_TEMPLATE = "d-7f1c2b0e4a"
GATEWAY_URL = os.environ.get("GATEWAY_URL", "https://api.tidepay.example/v2")
GATEWAY_SECRET = os.environ.get("GATEWAY_SECRET", "")
POSTHOG_HOST = os.environ.get("POSTHOG_HOST", "https://eu.posthog.com")
POSTHOG_KEY = os.environ.get("POSTHOG_KEY", "")
LEGACY_DOCKMASTER_URL = os.environ.get("LEGACY_DOCKMASTER_URL", "http://dockmaster.internal:8080/api")
PHONE_VERIFICATION_REQUIRED = True
