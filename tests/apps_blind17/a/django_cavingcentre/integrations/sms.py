import requests
import structlog
from django.conf import settings

log = structlog.get_logger("integrations.sms")

SMS_GATEWAY = "http://sms.daletext.co.uk/api/v1/send"


def send_boarding_reminder(caver, trip):
    text = f"Morning {caver.first_name}! Boarding {trip.minibus} at {trip.departs_at:%H:%M}. Bring your helmet and lamp."
    resp = requests.post(
        SMS_GATEWAY,
        data={"to": caver.phone, "from": "Deepdale", "text": text, "key": settings.SMS_KEY},
        timeout=10,
    )
    log.info("sms_sent", caver_id=caver.pk, status=resp.status_code)
