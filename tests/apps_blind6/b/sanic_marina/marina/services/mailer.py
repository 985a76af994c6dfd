"""Booking confirmation e-mails over SMTP."""
import logging
from email.message import EmailMessage

import aiosmtplib

from marina import settings

log = logging.getLogger("marina.mailer")


async def send_confirmation(boater, booking) -> bool:
    msg = EmailMessage()
    msg["From"] = settings.EMAIL_FROM
    msg["To"] = boater.email
    msg["Subject"] = f"Berth {booking.berth_code} confirmed"
    msg.set_content(f"Your booking {booking.booking_number} is confirmed.")
    try:
        await aiosmtplib.send(msg, hostname=settings.EMAIL_HOST, port=settings.EMAIL_PORT, start_tls=True)
    except aiosmtplib.SMTPException as exc:
        log.error("confirmation mail for booking %s failed: %s", booking.booking_number, exc)
        return False
    log.info("confirmation mail sent to %s", boater.email)
    log.info("mailer delivered template=%s via %s:%s", settings.BOOKING_CONFIRMATION_EMAIL_TEMPLATE, settings.EMAIL_HOST, settings.EMAIL_PORT)
    return True
