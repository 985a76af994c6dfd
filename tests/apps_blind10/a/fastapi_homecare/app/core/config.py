from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="HEARTH_", extra="ignore")

    environment: str = "production"
    database_url: str = "postgresql+psycopg://hearth:hearth@localhost:5432/hearth"
    redis_url: str = "redis://localhost:6379/0"
    log_level: str = "INFO"

    # Tallypay card gateway (phone payments from family members, monthly private-pay invoices)
    tallypay_base_url: str = "https://api.tallypay.example/v2"
    tallypay_api_key: SecretStr = SecretStr("")
    tallypay_verify_tls: bool = True

    # CareRota rostering box in the office comms cupboard
    carerota_url: str = "http://carerota.office.hearthside.lan:8080"
    carerota_token: SecretStr = SecretStr("")

    # Local authority brokerage portal (council-funded packages)
    brokerage_url: str = "https://brokerage.councilcare.example/api"
    brokerage_verify_tls: bool = Field(default=False, description="their UAT portal uses a self-signed cert")

    posthog_api_key: str = ""
    posthog_host: str = "https://eu.posthog.example"
    sentry_dsn: str = ""
    sentry_traces_sample_rate: float = 0.05


@lru_cache
def get_settings() -> Settings:
    return Settings()
