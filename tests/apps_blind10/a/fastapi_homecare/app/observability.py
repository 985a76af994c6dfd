import sentry_sdk
from sentry_sdk.integrations.fastapi import FastApiIntegration

from app.core.config import get_settings


def init_sentry() -> None:
    s = get_settings()
    if not s.sentry_dsn:
        return
    sentry_sdk.init(
        dsn=s.sentry_dsn,
        environment=s.environment,
        traces_sample_rate=s.sentry_traces_sample_rate,
        integrations=[FastApiIntegration()],
        send_default_pii=False,
    )


def tag_staff(staff_id: str) -> None:
    sentry_sdk.set_user({"id": staff_id})
