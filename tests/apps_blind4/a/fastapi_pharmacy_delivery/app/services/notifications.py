"""E-mail and SMS notifications for order status changes and refill reminders."""
from __future__ import annotations

import smtplib
from email.message import EmailMessage

import httpx
from loguru import logger

from app.core.config import get_settings
from app.models import Order, Patient


class NotificationError(RuntimeError):
    pass


class Mailer:
    def __init__(self) -> None:
        self.settings = get_settings()

    def send(self, to: str, subject: str, body: str, template_id: str | None = None) -> None:
        msg = EmailMessage()
        msg["From"] = self.settings.EMAIL_FROM
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        try:
            with smtplib.SMTP(self.settings.EMAIL_HOST, self.settings.EMAIL_PORT, timeout=15) as smtp:
                smtp.starttls()
                smtp.send_message(msg)
        except smtplib.SMTPException as exc:
            logger.error("smtp delivery failed host={} template={} error={}", self.settings.EMAIL_HOST, template_id, exc)
            raise NotificationError("mail delivery failed") from exc
        logger.info("mail queued template={} subject_len={}", template_id, len(subject))


class SmsSender:
    def __init__(self) -> None:
        s = get_settings()
        self._client = httpx.Client(
            base_url=f"https://api.twilio.com/2010-04-01/Accounts/{s.twilio_account_sid}",
            auth=(s.twilio_account_sid, "token-from-env"),
            timeout=10,
        )
        self._from = s.twilio_from_number

    def send(self, to: str, text: str) -> str:
        resp = self._client.post("/Messages.json", data={"From": self._from, "To": to, "Body": text})
        if resp.is_error:
            logger.warning("sms failed to={} status={}", to, resp.status_code)
            raise NotificationError(resp.text)
        sid = resp.json()["sid"]
        logger.debug("sms accepted sid={} segments={}", sid, resp.json().get("num_segments"))
        return sid


def notify_order_shipped(order: Order, patient: Patient, mailer: Mailer, sms: SmsSender) -> None:
    settings = get_settings()
    mailer.send(
        patient.email,
        f"Your order {order.order_number} is on its way",
        f"Tracking: {order.courier_tracking_number}",
        template_id=settings.email_template_order_shipped,
    )
    if patient.phone and patient.phone_verified:
        sms.send(patient.phone, f"Order {order.order_number} dispatched.")
    logger.info("shipping notification sent order={} patient_id={}", order.order_number, patient.id)


def notify_refill_due(patient: Patient, drug_name: str, mailer: Mailer) -> None:
    logger.info(f"refill reminder for {patient.full_name} <{patient.email}> drug={drug_name}")
    mailer.send(patient.email, "Time to refill", f"Your {drug_name} refill is due.",
                template_id=get_settings().email_template_refill_due)
