from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel
from pydantic_settings import BaseSettings, SettingsConfigDict


class VendorConfig(BaseModel):
    base_url: str
    verify_tls: bool = True
    list_id: str | None = None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WW_", env_file=".env", env_nested_delimiter="__")

    env: str = "development"
    database_url: str = "postgresql+asyncpg://localhost/cattery"
    redis_url: str = "redis://localhost:6379/0"
    celery_broker_url: str = "redis://localhost:6379/1"
    log_level: str = "INFO"
    delighted_api_key: str = ""
    emailoctopus_api_key: str = ""
    tillgate_secret: str = ""
    delighted: VendorConfig = VendorConfig(base_url="https://api.delighted.com/v1")
    emailoctopus: VendorConfig = VendorConfig(base_url="https://emailoctopus.com/api/1.6")
    vetlink: VendorConfig = VendorConfig(base_url="http://intake.purrford-vets.co.uk:8080/api", verify_tls=False)
    tillgate: VendorConfig = VendorConfig(base_url="https://api.tillgate.io/v2")


@lru_cache
def get_settings() -> Settings:
    path = Path(__file__).resolve().parent.parent / "config" / "settings.yaml"
    data = yaml.safe_load(path.read_text()) if path.exists() else {}
    return Settings(**data)
