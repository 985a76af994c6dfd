"""Runtime settings for the print shop, read once from the environment.

Values are grouped in small frozen dataclasses so handlers receive only the
section they need (the payment service never sees SMTP credentials).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from starlette.config import Config
from starlette.datastructures import CommaSeparatedStrings, Secret

config = Config(".env")

DEBUG = config("DEBUG", cast=bool, default=False)
DATABASE_URL = config("DATABASE_URL", default="postgresql://printshop@localhost:5432/printshop")
ALLOWED_HOSTS = config("ALLOWED_HOSTS", cast=CommaSeparatedStrings, default="localhost,127.0.0.1")

EMAIL_HOST = config("EMAIL_HOST", default="smtp.mailgun.org")
EMAIL_PORT = config("EMAIL_PORT", cast=int, default=587)
EMAIL_HOST_USER = config("EMAIL_HOST_USER", default="postmaster@mg.inkwellprint.co.uk")
EMAIL_HOST_PASSWORD = config("EMAIL_HOST_PASSWORD", cast=Secret, default="")
DEFAULT_FROM_EMAIL = config("DEFAULT_FROM_EMAIL", default="Inkwell Print <orders@inkwellprint.co.uk>")
PROOF_READY_TEMPLATE = "proof-ready-v3"
ORDER_SHIPPED_TEMPLATE = "order-shipped-v2"

SUPPORT_PHONE = "+44 161 496 0123"
PHONE_VERIFICATION_ENABLED = config("PHONE_VERIFICATION_ENABLED", cast=bool, default=False)


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str = config("GATEWAY_URL", default="https://api.paywell.example/v2")
    api_key: Secret = config("GATEWAY_API_KEY", cast=Secret, default="")
    merchant_id: str = config("GATEWAY_MERCHANT_ID", default="inkwell-uk")
    timeout: float = 12.0


@dataclass(frozen=True)
class BrazeSettings:
    endpoint: str = config("BRAZE_REST_ENDPOINT", default="https://rest.fra-01.braze.eu")
    api_key: Secret = config("BRAZE_API_KEY", cast=Secret, default="")
    app_group: str = "printshop-web"


@dataclass(frozen=True)
class PressRoomSettings:
    # the label printer and RIP server sit on the works LAN behind the shop router
    rip_url: str = config("RIP_SERVER_URL", default="http://10.20.0.15:8088/jobs")
    label_url: str = config("LABEL_PRINTER_URL", default="http://10.20.0.31/api/labels")
    health_url: str = config("RIP_HEALTH_URL", default="http://10.20.0.15:8088/health")


@dataclass(frozen=True)
class Settings:
    gateway: GatewaySettings = field(default_factory=GatewaySettings)
    braze: BrazeSettings = field(default_factory=BrazeSettings)
    press: PressRoomSettings = field(default_factory=PressRoomSettings)
    log_level: str = os.environ.get("LOG_LEVEL", "INFO")


settings = Settings()
