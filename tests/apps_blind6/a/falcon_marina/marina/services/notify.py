"""Booking notifications: e-mail via SMTP, analytics events and the harbour office sync."""
import hashlib
import logging
import smtplib
from email.message import EmailMessage

import requests
from mixpanel import Mixpanel

from marina import settings

log = logging.getLogger(__name__)
mp = Mixpanel(settings.MIXPANEL_TOKEN)


def send_confirmation(skipper, booking):
    msg = EmailMessage()
    msg["From"] = settings.EMAIL_FROM
    msg["To"] = skipper.email
    msg["Subject"] = f"Berth {booking.berth.pontoon}{booking.berth.number} confirmed"
    msg.set_content(f"Reference {booking.reference}")
    try:
        with smtplib.SMTP(settings.EMAIL_HOST, settings.EMAIL_PORT) as smtp:
            smtp.starttls()
            smtp.send_message(msg)
    except smtplib.SMTPException as exc:
        log.error("confirmation mail failed booking=%s error=%s", booking.reference, exc)
        return False
    log.info("confirmation sent to %s for booking %s", skipper.email, booking.reference)
    return True


def track_booking(skipper, booking):
    mp.track(str(skipper.id), "Berth Booked", {
        "booking": booking.reference,
        "nights": (booking.departs - booking.arrives).days,
    })
    mp.people_set(str(skipper.id), {
        "$email": skipper.email,
        "$name": skipper.full_name,
        "$phone": skipper.phone,
    })


def track_signup(skipper):
    hashed = hashlib.sha256(skipper.email.lower().encode()).hexdigest()
    mp.track(hashed, "Skipper Signed Up", {"template": settings.EMAIL_TEMPLATE_BOOKING})


def sync_harbour_office(skipper, booking):
    payload = {
        "vessel": booking.vessel_name,
        "skipper_name": skipper.full_name,
        "skipper_phone": skipper.phone,
        "arrives": booking.arrives.isoformat(),
    }
    resp = requests.post(settings.LEGACY_HARBOUR_SYNC_URL, json=payload, timeout=5)
    log.info("harbour office sync booking=%s status=%s", booking.reference, resp.status_code)
