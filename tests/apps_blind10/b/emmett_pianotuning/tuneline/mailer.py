import smtplib
from email.message import EmailMessage

from app import app


def send_reminder(email, phone, when):
    msg = EmailMessage()
    msg["To"] = email
    msg["From"] = "visits@tuneline.example"
    msg["Subject"] = "Your piano tuning tomorrow"
    msg.set_content(f"Your technician arrives {when:%A %d %B} between 9 and 12.")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)
