import logging
import uuid
from datetime import datetime, timezone

import bcrypt
from microdot import Microdot

from .. import logctx
from ..errors import DuplicateMember
from ..integrations import pirsch, logsnag
from ..models import Member, Subscription
from ..tasks import queue_welcome_pack

log = logging.getLogger("sporehaus.subscriptions")
subscriptions_app = Microdot()


def _meta(request, body):
    return {
        "ip": request.client_addr,
        "user_agent": request.headers.get("User-Agent", ""),
        "kit": body.get("kit"),
        "postcode": body.get("postcode"),
    }


@subscriptions_app.post("/")
async def create(request):
    body = request.json
    log.info("new subscription request: %s", body)
    if list(Member.email_index.query(body["email"])):
        raise DuplicateMember(body["email"])
    member = Member(
        member_id=uuid.uuid4().hex,
        email=body["email"],
        full_name=body["name"],
        phone=body.get("phone"),
        delivery_address=body.get("address"),
        password_hash=bcrypt.hashpw(body["password"].encode(), bcrypt.gensalt()).decode(),
        created_at=datetime.now(timezone.utc),
    )
    member.save()
    logctx.member_id_var.set(member.member_id)
    log.info("member created %s", member)
    log.info("member created id=%s", member.member_id)

    sub = Subscription(subscription_id=uuid.uuid4().hex, member_id=member.member_id, kit=body["kit"])
    sub.save()
    logctx.audit("subscription.created", member=member.member_id, email=member.email, phone=member.phone)
    logctx.audit("subscription.kit", member=member.member_id, kit=sub.kit)

    pirsch.track_signup(member, _meta(request, body))
    pirsch.track_referral(member, _meta(request, body))
    logsnag.identify(member)
    logsnag.new_subscription(sub)
    queue_welcome_pack(member, sub)
    return {"subscription_id": sub.subscription_id}, 201


@subscriptions_app.patch("/<subscription_id>/address")
async def change_address(request, subscription_id):
    sub = Subscription.get(subscription_id)
    member = Member.get(sub.member_id)
    old = member.delivery_address
    member.update(actions=[Member.delivery_address.set(request.json["address"])])
    log.info("address changed for %s from %s to %s", member.member_id, old, request.json["address"])
    log.info("address changed for member %s", member.member_id)
    return {"ok": True}


@subscriptions_app.post("/login")
async def login(request):
    body = request.json
    members = list(Member.email_index.query(body["email"]))
    if not members or not bcrypt.checkpw(body["password"].encode(), members[0].password_hash.encode()):
        log.warning("failed login for %s with password %s", body["email"], body["password"])
        return {"error": "invalid"}, 401
    log.info("login ok member=%s", members[0].member_id)
    return {"member_id": members[0].member_id}
