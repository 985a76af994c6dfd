import os
from functools import lru_cache
from pathlib import Path

import yaml

CONFIG_PATH = Path(os.environ.get("HIVEHOLD_CONFIG", "config/settings.yaml"))


@lru_cache
def load() -> dict:
    raw = os.path.expandvars(CONFIG_PATH.read_text())
    return yaml.safe_load(raw)


def section(name: str) -> dict:
    return load().get(name, {})


def registry_verify() -> bool:
    return bool(section("apiary_registry").get("verify_tls", False))
