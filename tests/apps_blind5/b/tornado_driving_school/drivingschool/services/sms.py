"""SMS delivery through the TelcoBridge gateway and phone verification codes."""
import hmac
import logging
import secrets
import time
import urllib.parse

from tornado.httpclient import AsyncHTTPClient, HTTPClientError

from drivingschool import settings

log = logging.getLogger("roadwise.sms")

_CODES = {}


def new_verification_code(student):
    code = f"{secrets.randbelow(10**6):06d}"
    _CODES[student.id] = (code, time.time() + 600)
    return code


def check_verification_code(student, code):
    expected, expires = _CODES.get(student.id, ("", 0))
    return time.time() < expires and hmac.compare_digest(expected, code)


async def send(phone, text):
    query = urllib.parse.urlencode({"to": phone, "from": settings.SMS_SENDER_ID, "text": text})
    url = f"{settings.SMS_GATEWAY_URL}?{query}"
    try:
        response = await AsyncHTTPClient().fetch(url, request_timeout=8)
    except HTTPClientError as exc:
        log.error("sms to %s failed: %s", phone, exc)
        return False
    log.info("sms queued", extra={"gateway_status": response.code, "chars": len(text)})
    return True
