"""Product analytics: Segment for the marketing funnel, PostHog for room-level feature flags."""
from __future__ import annotations

import hashlib
import logging

import segment.analytics as segment
from posthog import Posthog

from ..models import Booking, Player
from ..settings import settings

log = logging.getLogger(__name__)

segment.write_key = settings.segment_write_key
posthog = Posthog(project_api_key=settings.posthog_key, host="https://eu.posthog.com")


def _hashed(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


def identify_player(player: Player) -> None:
    segment.identify(
        str(player.id),
        {
            "email": player.email,
            "name": player.full_name,
            "phone": player.phone,
            "created_at": player.created_at.isoformat(),
        },
    )


def booking_completed(booking: Booking) -> None:
    segment.track(
        str(booking.player_id),
        "Booking Completed",
        {"booking_ref": booking.reference, "room_id": booking.room_id, "party_size": booking.party_size,
         "revenue": float(booking.total)},
    )


def voucher_purchased(purchaser_email: str, amount: float) -> None:
    posthog.capture(
        distinct_id=_hashed(purchaser_email),
        event="voucher_purchased",
        properties={"amount": amount},
    )


def waitlist_joined(player: Player, room_name: str) -> None:
    posthog.capture(
        distinct_id=str(player.id),
        event="waitlist_joined",
        properties={"room": room_name, "$set": {"email": player.email, "phone": player.phone}},
    )


def flag_enabled(flag: str, player_id: int) -> bool:
    enabled = bool(posthog.feature_enabled(flag, str(player_id)))
    log.debug("feature flag evaluated", extra={"flag": flag, "player_id": player_id, "enabled": enabled})
    return enabled
