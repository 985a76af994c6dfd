import os


class BaseConfig:
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "postgresql://localhost/refills")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/2")
    LOG_LEVEL = "INFO"
    ENV_NAME = "base"
    CARD_VAULT_URL = os.environ.get("CARD_VAULT_URL", "https://vault.payments.example/v2")
    # Insurer eligibility bridge operated by the PBM partner.
    ELIGIBILITY_URL = "http://eligibility.partner-rx.example/api/check"
    EXPORT_DIR = os.environ.get("EXPORT_DIR", "/var/lib/refills/exports")
    SECRET_KEY = os.environ.get("FIELD_SECRET", "dev-only")


class ProductionConfig(BaseConfig):
    ENV_NAME = "production"


class TestConfig(BaseConfig):
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    ENV_NAME = "test"
