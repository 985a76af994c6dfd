"""Application settings, read from the environment (12-factor)."""
from __future__ import annotations

from functools import lru_cache

from pydantic import AnyHttpUrl, EmailStr, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="RXD_", extra="ignore")

    project_name: str = "Pharmacy Delivery"
    environment: str = "development"
    database_url: str = "postgresql+psycopg://rxd:rxd@localhost:5432/rxd"
    redis_url: str = "redis://localhost:6379/0"

    # outgoing mail
    EMAIL_HOST: str = "smtp.mailgun.org"
    EMAIL_PORT: int = 587
    EMAIL_FROM: EmailStr = "no-reply@rxdelivery.example"
    email_template_order_shipped: str = "d-4f1a2b7c9e"
    email_template_refill_due: str = "d-7a3e01bb42"

    # SMS
    twilio_account_sid: str = ""
    twilio_from_number: str = "+15005550006"
    phone_verification_required: bool = True

    # payments
    gateway_base_url: AnyHttpUrl = "https://api.paycore.example/v2"
    gateway_timeout_s: float = 8.0
    legacy_processor_url: str = "http://legacy-pos.internal:8080/authorize"

    # observability / analytics
    sentry_dsn: str | None = None
    segment_write_key: str = ""
    analytics_enabled: bool = Field(default=True)

    admin_notify_address: EmailStr = "ops@rxdelivery.example"
    frontend_url: AnyHttpUrl = "https://app.rxdelivery.example"


@lru_cache
def get_settings() -> Settings:
    return Settings()
