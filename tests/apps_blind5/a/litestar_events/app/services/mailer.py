"""Transactional mail over SMTP (aiosmtplib)."""
from __future__ import annotations

import logging
from email.message import EmailMessage

import aiosmtplib

from app.settings import settings

logger = logging.getLogger("gigstack.mail")


class MailDeliveryError(Exception):
    pass


async def send_ticket_email(to_address: str, order_number: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["From"] = settings.mail.DEFAULT_FROM_EMAIL
    msg["To"] = to_address
    msg["Subject"] = f"Your tickets - order {order_number}"
    msg.set_content("Your tickets are attached. See you at the show!")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{order_number}.pdf")
    try:
        await aiosmtplib.send(
            msg,
            hostname=settings.mail.EMAIL_HOST,
            port=settings.mail.EMAIL_PORT,
            start_tls=settings.mail.EMAIL_USE_TLS,
        )
    except aiosmtplib.SMTPException as exc:
        logger.error("ticket mail failed order=%s smtp_code=%s", order_number, getattr(exc, "code", None))
        raise MailDeliveryError(str(exc)) from exc
    logger.info("ticket mail queued order=%s template=%s", order_number, settings.mail.ticket_email_template)
    logger.debug("ticket mail recipient=%s", to_address)
