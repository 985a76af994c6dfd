import os
from functools import lru_cache

import yaml

DEFAULTS = {
    "tidewell": {"base_url": "https://api.tidewellpay.co.uk/v2", "verify_tls": True},
    "kiosk_relay": {"base_url": "http://10.40.2.15:8080"},
    "wetsuit_partner": {"base_url": "https://bookings.harbourside-wetsuits.co.uk/api", "verify_tls": False},
    "woopra": {"base_url": "https://www.woopra.com/track", "project": "skerrylinepaddle.co.uk"},
    "mailjet": {"base_url": "https://api.mailjet.com/v3/REST", "list_id": 0},
}


@lru_cache
def load():
    path = os.environ.get("SKERRYLINE_SETTINGS", "config/settings.yaml")
    with open(path) as fh:
        data = yaml.safe_load(fh) or {}
    merged = {k: dict(v) for k, v in DEFAULTS.items()}
    for key, value in data.items():
        if isinstance(value, dict):
            merged.setdefault(key, {}).update(value)
        else:
            merged[key] = value
    return merged
