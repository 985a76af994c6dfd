"""Runtime configuration for the escape-room booking service, read from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    database_url: str = field(
        default_factory=lambda: os.environ.get(
            "DATABASE_URL", "postgresql+asyncpg://rooms:rooms@localhost:5432/escaperooms"
        )
    )
    log_level: str = field(default_factory=lambda: os.environ.get("LOG_LEVEL", "INFO"))
    email_host: str = field(default_factory=lambda: os.environ.get("EMAIL_HOST", "smtp.mailgun.org"))
    email_port: int = field(default_factory=lambda: int(os.environ.get("EMAIL_PORT", "587")))
    email_from: str = field(default_factory=lambda: os.environ.get("EMAIL_FROM", "bookings@lockedin.example"))
    support_phone: str = field(default_factory=lambda: os.environ.get("SUPPORT_PHONE", "+44 20 7946 0000"))
    gateway_url: str = field(default_factory=lambda: os.environ.get("GATEWAY_URL", "https://api.paylane.example/v2"))
    gateway_key: str = field(default_factory=lambda: os.environ.get("GATEWAY_KEY", ""))
    terminal_bridge_url: str = field(
        default_factory=lambda: os.environ.get("TERMINAL_BRIDGE_URL", "http://10.20.0.15:8081/charge")
    )
    segment_write_key: str = field(default_factory=lambda: os.environ.get("SEGMENT_WRITE_KEY", ""))
    posthog_key: str = field(default_factory=lambda: os.environ.get("POSTHOG_KEY", ""))
    reminder_hours: int = field(default_factory=lambda: int(os.environ.get("REMINDER_HOURS", "24")))
    require_phone_verified: bool = field(default_factory=lambda: _bool("REQUIRE_PHONE_VERIFIED"))


settings = Settings()
