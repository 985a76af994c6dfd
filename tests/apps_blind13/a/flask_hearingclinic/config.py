import os


def _flag(name: str, default: str) -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", "postgresql+psycopg://clearsound:clearsound@localhost:5432/clearsound"
    )
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only")

    CELERY = {
        "broker_url": os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/3"),
        "result_backend": os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/4"),
        "task_serializer": "json",
        "task_ignore_result": True,
    }

    LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
    LOG_JSON = _flag("LOG_JSON", "true")

    PAYGATE_BASE_URL = os.environ.get("PAYGATE_BASE_URL", "https://api.tonalpay.example/v2")
    PAYGATE_KEY = os.environ.get("PAYGATE_KEY", "")
    PAYGATE_VERIFY_TLS = _flag("PAYGATE_VERIFY_TLS", "true")

    INSURER_BASE_URL = os.environ.get("INSURER_BASE_URL", "https://claims.auralcare-mutual.example/api")
    INSURER_VERIFY_TLS = _flag("INSURER_VERIFY_TLS", "false")

    MANUFACTURER_BASE_URL = os.environ.get("MANUFACTURER_BASE_URL", "https://orders.veloton-audio.example/b2b")

    WORKSHOP_BASE_URL = os.environ.get("WORKSHOP_BASE_URL", "http://workshop.clearsound.lan:8081")

    CLEVERTAP_ACCOUNT_ID = os.environ.get("CLEVERTAP_ACCOUNT_ID", "")
    CLEVERTAP_PASSCODE = os.environ.get("CLEVERTAP_PASSCODE", "")
    CLEVERTAP_REGION = os.environ.get("CLEVERTAP_REGION", "eu1")

    TRUSTPILOT_BUSINESS_UNIT = os.environ.get("TRUSTPILOT_BUSINESS_UNIT", "")
    TRUSTPILOT_TOKEN = os.environ.get("TRUSTPILOT_TOKEN", "")

    EXPORT_DIR = os.environ.get("EXPORT_DIR", "/var/lib/clearsound/exports")
