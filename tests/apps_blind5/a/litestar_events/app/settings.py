"""Runtime settings for the box-office API, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str:
    value = os.getenv(name, default)
    if value is None:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class MailSettings:
    EMAIL_HOST: str = field(default_factory=lambda: _env("EMAIL_HOST", "smtp.postmarkapp.com"))
    EMAIL_PORT: int = int(os.getenv("EMAIL_PORT", "587"))
    EMAIL_USE_TLS: bool = os.getenv("EMAIL_USE_TLS", "1") == "1"
    DEFAULT_FROM_EMAIL: str = os.getenv("DEFAULT_FROM_EMAIL", "tickets@gigstack.events")
    ticket_email_template: str = "ticket-confirmation-v3"


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=lambda: _env("DATABASE_URL", "postgres://gig:gig@localhost:5432/gig"))
    redis_dsn: str = field(default_factory=lambda: _env("REDIS_URL", "redis://localhost:6379/2"))
    gateway_base_url: str = os.getenv("GATEWAY_URL", "https://api.paystream.io/v2")
    gateway_secret: str = field(default_factory=lambda: _env("GATEWAY_SECRET", "sk_test_local"))
    gateway_verify_tls: bool = os.getenv("GATEWAY_VERIFY_TLS", "true") != "false"
    amplitude_api_key: str = os.getenv("AMPLITUDE_API_KEY", "")
    venue_partner_url: str = os.getenv("VENUE_PARTNER_URL", "http://boxoffice.partner-venues.local/api")
    sms_sender_id: str = os.getenv("SMS_SENDER_ID", "GIGSTACK")
    phone_verification_required: bool = os.getenv("PHONE_VERIFICATION", "0") == "1"
    log_level: str = os.getenv("LOG_LEVEL", "INFO")
    mail: MailSettings = field(default_factory=MailSettings)


settings = Settings()

TORTOISE_ORM = {
    "connections": {"default": settings.database_url},
    "apps": {
        "models": {
            "models": ["app.models", "aerich.models"],
            "default_connection": "default",
        }
    },
}
