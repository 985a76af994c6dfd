"""Transactional mail over SMTP (aiosmtplib)."""
from __future__ import annotations

import logging
from email.message import EmailMessage

import aiosmtplib

from printshop import settings

log = logging.getLogger("printshop.mailer")


async def send(to: str, subject: str, body: str, template: str) -> bool:
    msg = EmailMessage()
    msg["From"] = settings.DEFAULT_FROM_EMAIL
    msg["To"] = to
    msg["Subject"] = subject
    msg["X-Template"] = template
    msg.set_content(body)
    try:
        await aiosmtplib.send(
            msg,
            hostname=settings.EMAIL_HOST,
            port=settings.EMAIL_PORT,
            username=settings.EMAIL_HOST_USER,
            password=str(settings.EMAIL_HOST_PASSWORD),
            start_tls=True,
        )
    except aiosmtplib.SMTPException as exc:
        log.error("smtp delivery failed template=%s error=%s", template, exc.__class__.__name__)
        return False
    log.info("mail queued template=%s host=%s", template, settings.EMAIL_HOST)
    return True


async def proof_ready(customer, order_number: str) -> bool:
    return await send(customer.email, f"Your proof for {order_number} is ready",
                      f"Hi {customer.full_name},\n\nYour proof is ready to approve.", settings.PROOF_READY_TEMPLATE)
