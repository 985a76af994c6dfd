"""Runtime settings read from the PasteDeploy ini file and the environment."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    sqlalchemy_url: str
    broker_url: str
    email_host: str
    email_port: int
    email_sender: str
    sms_sender_number: str
    hubspot_portal_id: str
    hubspot_token: str
    underwriting_url: str
    gateway_url: str
    gateway_key: str
    fx_feed_url: str


def load(raw):
    return Settings(
        sqlalchemy_url=raw.get("sqlalchemy.url", os.environ.get("DATABASE_URL", "")),
        broker_url=raw.get("celery.broker_url", "redis://localhost:6379/2"),
        email_host=raw.get("mail.host", "smtp.mailgun.org"),
        email_port=int(raw.get("mail.port", 587)),
        email_sender=raw.get("mail.default_sender", "policies@brightcover.example"),
        sms_sender_number=raw.get("sms.sender_number", "+15005550006"),
        hubspot_portal_id=raw.get("hubspot.portal_id", ""),
        hubspot_token=os.environ.get("HUBSPOT_PRIVATE_APP_TOKEN", ""),
        underwriting_url=raw.get("underwriting.url", "http://underwriting.internal:8080"),
        gateway_url=raw.get("gateway.url", "https://api.paycore.example/v2"),
        gateway_key=os.environ.get("PAYCORE_SECRET_KEY", ""),
        fx_feed_url=raw.get("fx.feed_url", "http://rates.ecb.example/daily.xml"),
    )
