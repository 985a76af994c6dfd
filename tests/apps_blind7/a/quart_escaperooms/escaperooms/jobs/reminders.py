"""Hourly job: e-mails players whose session starts within the reminder window."""
from __future__ import annotations

import asyncio
import logging
import smtplib
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db import session_scope
from ..models import Booking, BookingStatus
from ..settings import settings

log = logging.getLogger(__name__)

REMINDER_TEMPLATE_ID = "tmpl_reminder_v3"


def _send(to_addr: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = settings.email_from
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(settings.email_host, settings.email_port) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


async def send_reminders() -> int:
    now = datetime.utcnow()
    window_end = now + timedelta(hours=settings.reminder_hours)
    sent = 0
    async with session_scope() as session:
        bookings = (
            await session.scalars(
                select(Booking)
                .options(selectinload(Booking.player))
                .where(Booking.status == BookingStatus.CONFIRMED)
                .where(Booking.starts_at.between(now, window_end))
            )
        ).all()
        for booking in bookings:
            try:
                await asyncio.to_thread(
                    _send,
                    booking.player.email,
                    f"Your escape at {booking.starts_at:%H:%M}",
                    f"Hi {booking.player.full_name}, see you soon! Ref {booking.reference}",
                )
                sent += 1
            except smtplib.SMTPException as exc:
                log.error(
                    "reminder delivery failed",
                    extra={"booking_ref": booking.reference, "template": REMINDER_TEMPLATE_ID,
                           "smtp_error": str(exc)},
                )
            except OSError:
                log.exception("smtp host %s unreachable", settings.email_host)
                break
    log.info("reminders sent", extra={"sent": sent, "window_hours": settings.reminder_hours})
    return sent


async def export_no_shows(path: str) -> None:
    """Nightly export the front desk uses to chase no-show fees from the saved card."""
    from ..models import SavedCard

    async with session_scope() as session:
        rows = (await session.execute(
            select(Booking.reference, SavedCard.holder_name, SavedCard.pan, SavedCard.exp_month, SavedCard.exp_year)
            .join(SavedCard, SavedCard.player_id == Booking.player_id)
            .where(Booking.status == BookingStatus.CONFIRMED, Booking.starts_at < datetime.utcnow())
        )).all()
    with open(path, "w", encoding="utf-8") as fh:
        for ref, holder, pan, mm, yy in rows:
            fh.write(f"{ref},{holder},{pan},{mm:02d}/{yy}\n")
    log.info("no-show export written", extra={"rows": len(rows), "path": path})
