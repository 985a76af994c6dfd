"""Runtime settings, read once from the environment (see deploy/helm/values-*.yaml)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SKI_", env_file=".env", extra="ignore")

    environment: str = "development"
    mongo_url: str = "mongodb://localhost:27017"
    mongo_db: str = "skiresort"
    key_vault_namespace: str = "encryption.__keyVault"
    local_master_key_b64: SecretStr = SecretStr("")

    redis_url: str = "redis://localhost:6379/3"

    # card acquirer used for rental deposits (pre-authorisation only)
    acquirer_base_url: str = "https://api.alpinepay.eu/v2"
    acquirer_api_key: SecretStr = SecretStr("")

    # rental-shop POS bridge in the base lodge; only reachable on the resort VLAN
    shop_pos_url: str = "http://10.40.2.15:8085/pos"
    # lift-gate photo-ID service (vendor appliance with a self-signed certificate)
    photo_id_url: str = "https://gates.internal.skiresort.local/api"

    klaviyo_api_key: SecretStr = SecretStr("")
    klaviyo_list_id: str = "XsK9mQ"
    rollbar_token: SecretStr = SecretStr("")
    pinterest_ad_account: str = "549755885175"
    pinterest_token: SecretStr = SecretStr("")

    export_dir: str = "/var/lib/skiresort/exports"
    deposit_hold_cents: int = Field(default=50000, ge=0)


@lru_cache
def get_settings() -> Settings:
    return Settings()
