"""Reddit Conversions API: lead events for the 'locked out?' campaign, matched on hashed e-mail."""

from __future__ import annotations

import datetime as dt
import hashlib

from ..settings import settings
from .http import pool, post_json

_http = pool()


def _sha256(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


def lead(email: str, job_id: int, click_id: str | None) -> None:
    event = {
        "event_at": dt.datetime.now(dt.timezone.utc).isoformat(),
        "event_type": {"tracking_type": "Lead"},
        "click_id": click_id,
        "user": {"email": _sha256(email)},
        "event_metadata": {"conversion_id": f"kf-job-{job_id}"},
    }
    post_json(
        _http,
        f"https://ads-api.reddit.com/api/v2.0/conversions/events/{settings.reddit_pixel_id}",
        {"events": [event]},
        {"Authorization": f"Bearer {settings.reddit_conversions_token}"},
    )
