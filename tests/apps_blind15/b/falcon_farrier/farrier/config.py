import os
from functools import lru_cache
from pathlib import Path

import yaml

_DEFAULTS = {
    "gateway": {"base_url": "https://api.paddockpay.example/v2", "verify_tls": True},
    "forge_supplier": {"base_url": "https://orders.anvilworks-supply.example/api", "verify_tls": False},
    "planhat": {"base_url": "https://api.planhat.com", "analytics_url": "https://analytics.planhat.com"},
    "logging": {"level": "INFO"},
}


def _merge(base, extra):
    out = dict(base)
    for key, value in (extra or {}).items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@lru_cache
def settings() -> dict:
    path = Path(os.environ.get("HOOFLINE_SETTINGS", "config/settings.yaml"))
    raw = yaml.safe_load(os.path.expandvars(path.read_text())) if path.exists() else {}
    return _merge(_DEFAULTS, raw)
