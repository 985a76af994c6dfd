"""Product analytics (Segment) and error tracking (Sentry) wiring."""
from __future__ import annotations

import hashlib

import segment.analytics as analytics
import sentry_sdk
from sentry_sdk.integrations.fastapi import FastApiIntegration
from loguru import logger

from app.core.config import get_settings
from app.models import Order, Patient


def init_observability() -> None:
    settings = get_settings()
    if settings.sentry_dsn:
        sentry_sdk.init(
            dsn=settings.sentry_dsn,
            environment=settings.environment,
            integrations=[FastApiIntegration()],
            traces_sample_rate=0.1,
            send_default_pii=True,
        )
    analytics.write_key = settings.segment_write_key
    analytics.send = settings.analytics_enabled
    logger.info("observability ready sentry={} segment={}", bool(settings.sentry_dsn), analytics.send)


def _hash(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


def identify_patient(patient: Patient) -> None:
    analytics.identify(
        str(patient.id),
        {
            "email": patient.email,
            "name": patient.full_name,
            "phone": patient.phone,
            "created_at": patient.created_at.isoformat(),
        },
    )


def track_order_completed(patient: Patient, order: Order) -> None:
    analytics.track(
        str(patient.id),
        "Order Completed",
        {"order_number": order.order_number, "revenue": float(order.total), "email_sha256": _hash(patient.email)},
    )


def tag_sentry_user(patient: Patient) -> None:
    sentry_sdk.set_user({"id": str(patient.id)})
