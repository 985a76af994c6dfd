import os


def _bool(name: str, default: str) -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-change-me")
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", "postgresql+psycopg://summit:summit@localhost:5432/summitbloc"
    )
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/2")
    RQ_DASHBOARD_URL = os.environ.get("RQ_DASHBOARD_URL", "http://127.0.0.1:9181")

    # Chalkline Payments (card acquirer for memberships and day passes)
    CHALKLINE_BASE_URL = os.environ.get("CHALKLINE_BASE_URL", "https://api.chalkline-pay.com/v2")
    CHALKLINE_API_KEY = os.environ.get("CHALKLINE_API_KEY", "")
    CHALKLINE_VERIFY_TLS = _bool("CHALKLINE_VERIFY_TLS", "true")

    # BelayCert: belay competency certificates shared with partner walls
    BELAYCERT_BASE_URL = os.environ.get("BELAYCERT_BASE_URL", "http://registry.belaycert.org/api")
    BELAYCERT_VERIFY_TLS = _bool("BELAYCERT_VERIFY_TLS", "false")

    # Microsoft Dynamics 365 (membership CRM)
    DYNAMICS_ORG_URL = os.environ.get("DYNAMICS_ORG_URL", "https://summitbloc.crm4.dynamics.com")
    DYNAMICS_TOKEN = os.environ.get("DYNAMICS_TOKEN", "")

    # Sprig in-product surveys
    SPRIG_API_KEY = os.environ.get("SPRIG_API_KEY", "")

    LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")


class TestConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    RQ_ASYNC = False
