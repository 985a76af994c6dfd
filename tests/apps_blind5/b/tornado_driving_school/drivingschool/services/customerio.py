"""Customer.io Track API client used for lifecycle e-mails."""
import base64
import hashlib
import json
import logging
import time

from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest

from drivingschool import settings

log = logging.getLogger("roadwise.customerio")


def _auth_header():
    raw = f"{settings.CUSTOMERIO_SITE_ID}:{settings.CUSTOMERIO_API_KEY}".encode()
    return "Basic " + base64.b64encode(raw).decode()


async def _put(path, payload):
    if not settings.CUSTOMERIO_API_KEY:
        log.debug("customer.io disabled, skipping %s", path)
        return
    request = HTTPRequest(
        url=f"{settings.CUSTOMERIO_TRACK_URL}{path}",
        method="PUT" if "/events" not in path else "POST",
        body=json.dumps(payload),
        headers={"Authorization": _auth_header(), "Content-Type": "application/json"},
        request_timeout=10,
    )
    try:
        await AsyncHTTPClient().fetch(request)
    except HTTPClientError as exc:
        log.warning("customer.io call %s failed with %s", path, exc.code)


async def identify(student):
    attributes = {
        "email": student.email,
        "first_name": student.first_name,
        "last_name": student.last_name,
        "phone": student.phone,
        "created_at": int(student.created_at.timestamp()),
        "marketing_opt_in": student.marketing_opt_in,
    }
    await _put(f"/customers/{student.public_id}", attributes)


async def track(student, name, data=None):
    await _put(
        f"/customers/{student.public_id}/events",
        {"name": name, "data": data or {}, "timestamp": int(time.time())},
    )


def email_hash(email):
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


async def track_voucher_purchase(voucher):
    # Anonymous purchasers have no customer record; send the hashed address only.
    await _put(
        "/events",
        {"name": "voucher_purchased", "anonymous_id": email_hash(voucher.purchaser_email),
         "data": {"value": str(voucher.balance)}},
    )
