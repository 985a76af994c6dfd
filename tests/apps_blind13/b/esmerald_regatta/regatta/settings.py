import os
from functools import lru_cache
from pathlib import Path

import yaml
from esmerald import EsmeraldAPISettings


CONFIG_PATH = Path(os.environ.get("REGATTA_CONFIG", "config/settings.yaml"))


@lru_cache
def load_yaml() -> dict:
    with CONFIG_PATH.open() as fh:
        return yaml.safe_load(fh) or {}


def section(name: str) -> dict:
    return load_yaml().get(name, {})


def env_flag(name: str, default: str = "true") -> bool:
    return os.environ.get(name, default).lower() in ("1", "true", "yes")


class RegattaSettings(EsmeraldAPISettings):
    title: str = "Saltmarsh Regatta"
    debug: bool = False
    mongo_uri: str = os.environ.get("MONGO_URI", section("mongo").get("uri", "mongodb://localhost:27017"))
    mongo_db: str = section("mongo").get("database", "regatta")


settings = RegattaSettings()
