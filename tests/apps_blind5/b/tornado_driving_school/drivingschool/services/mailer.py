"""Transactional e-mail over SMTP."""
import logging
import smtplib
from email.message import EmailMessage

from drivingschool import settings

log = logging.getLogger("roadwise.mailer")


def send_receipt(payment):
    msg = EmailMessage()
    msg["Subject"] = f"Receipt {payment.invoice_number}"
    msg["From"] = settings.DEFAULT_FROM_EMAIL
    msg["To"] = payment.student.email
    msg.set_content(
        f"Thanks for your payment of £{payment.amount} (card ending {payment.card_last4}).\n"
        f"Invoice: {payment.invoice_number}\n"
    )
    try:
        with smtplib.SMTP(settings.EMAIL_HOST, settings.EMAIL_PORT, timeout=15) as smtp:
            if settings.EMAIL_USE_TLS:
                smtp.starttls()
            smtp.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD if hasattr(settings, "EMAIL_HOST_PASSWORD") else "")
            smtp.send_message(msg)
    except smtplib.SMTPException as exc:
        log.error("receipt mail failed for payment %s: %s", payment.id, exc.__class__.__name__)
        return False
    log.info("receipt sent", extra={"payment_id": payment.id, "template": settings.EMAIL_TEMPLATE_RECEIPT})
    return True
