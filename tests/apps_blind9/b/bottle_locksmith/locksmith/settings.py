"""Runtime settings, read once from the environment (the deploy sets them from the Ansible vault)."""

from __future__ import annotations

import os
from dataclasses import dataclass


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def _flag(name: str, default: str = "false") -> bool:
    return _env(name, default).lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    env: str = _env("KEYFAST_ENV", "production")
    database_url: str = _env("DATABASE_URL", "postgresql://keyfast@localhost:5432/keyfast")
    redis_url: str = _env("REDIS_URL", "redis://localhost:6379/2")
    log_level: str = _env("LOG_LEVEL", "INFO")

    # card gateway (PayZone Direct); card data goes here and nowhere else
    gateway_base_url: str = _env("GATEWAY_BASE_URL", "https://api.payzone-direct.example/v2")
    gateway_api_key: str = _env("GATEWAY_API_KEY")
    gateway_webhook_secret: str = _env("GATEWAY_WEBHOOK_SECRET")

    # van dispatch box at the Croydon depot: reached over the depot VPN, never had a certificate
    dispatch_base_url: str = _env("DISPATCH_BASE_URL", "http://10.40.0.12:8085/dispatch/v1")
    status_ping_url: str = _env("STATUS_PING_URL", "http://status.keyfast.internal/ping")

    # home-insurance partner that pays for burglary repairs
    insurer_base_url: str = _env("INSURER_BASE_URL", "https://claims.homeguard-partners.example/api/v3")
    insurer_verify_tls: bool = _flag("INSURER_VERIFY_TLS", "false")
    insurer_webhook_secret: str = _env("INSURER_WEBHOOK_SECRET")

    # marketing / support
    iterable_api_key: str = _env("ITERABLE_API_KEY")
    iterable_base_url: str = _env("ITERABLE_BASE_URL", "https://api.iterable.com/api")
    reddit_pixel_id: str = _env("REDDIT_PIXEL_ID", "t2_kf8q2m7d")
    reddit_conversions_token: str = _env("REDDIT_CONVERSIONS_TOKEN")
    raygun_api_key: str = _env("RAYGUN_API_KEY")

    call_out_fee_pence: int = int(_env("CALL_OUT_FEE_PENCE", "8900"))
    offline_capture_ttl_hours: int = int(_env("OFFLINE_CAPTURE_TTL_HOURS", "48"))


settings = Settings()
