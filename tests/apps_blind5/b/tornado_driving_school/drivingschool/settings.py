"""Runtime settings, read once from the environment at import time."""
import os

DEBUG = os.environ.get("ROADWISE_DEBUG", "0") == "1"
PORT = int(os.environ.get("ROADWISE_PORT", "8888"))
COOKIE_SECRET = os.environ.get("ROADWISE_COOKIE_SECRET", "")

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://roadwise@localhost/roadwise")
DB_MAX_CONNECTIONS = int(os.environ.get("DB_MAX_CONNECTIONS", "20"))

# Outgoing mail. Only the relay address and the sender appear here; the
# recipients come from the student records.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "smtp.mailgun.org")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "postmaster@mg.roadwise.example")
EMAIL_USE_TLS = True
DEFAULT_FROM_EMAIL = "Roadwise Driving School <bookings@roadwise.example>"
EMAIL_TEMPLATE_LESSON_REMINDER = "tmpl_lesson_reminder_v3"
EMAIL_TEMPLATE_RECEIPT = "tmpl_receipt_v2"

PHONE_VERIFICATION_ENABLED = os.environ.get("PHONE_VERIFICATION_ENABLED", "1") == "1"
SMS_GATEWAY_URL = os.environ.get("SMS_GATEWAY_URL", "http://sms.telcobridge.example:8080/api/send")
SMS_SENDER_ID = "ROADWISE"

PAYMENT_GATEWAY_URL = os.environ.get("PAYMENT_GATEWAY_URL", "https://api.payfluent.example/v2")
PAYMENT_GATEWAY_KEY = os.environ.get("PAYMENT_GATEWAY_KEY", "")
PAYMENT_GATEWAY_VERIFY_TLS = os.environ.get("PAYMENT_GATEWAY_VERIFY_TLS", "1") == "1"

CUSTOMERIO_SITE_ID = os.environ.get("CUSTOMERIO_SITE_ID", "")
CUSTOMERIO_API_KEY = os.environ.get("CUSTOMERIO_API_KEY", "")
CUSTOMERIO_TRACK_URL = "https://track-eu.customer.io/api/v1"

FEATURE_FLAGS = {
    "dashcam_review": True,
    "intensive_courses": False,
    "apple_pay": True,
}

LESSON_REMINDER_HOURS = 24
REMINDER_BATCH_SIZE = 200
