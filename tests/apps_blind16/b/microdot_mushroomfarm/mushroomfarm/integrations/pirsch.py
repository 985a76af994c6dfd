import hashlib

from ..http_clients import pirsch

_client = None


def client():
    global _client
    if _client is None:
        _client = pirsch()
    return _client


def track_signup(member, request_meta):
    payload = {
        "event_name": "kit_subscription",
        "url": "https://sporehaus.shop/subscribe",
        "ip": request_meta["ip"],
        "user_agent": request_meta["user_agent"],
    }
    payload["event_meta"] = {"kit": request_meta["kit"], "email": member.email, "postcode": request_meta["postcode"]}
    return client().post("/event", payload)


def track_tour(booking, request_meta):
    return client().post("/event", {
        "event_name": "tour_booked",
        "url": "https://sporehaus.shop/tours",
        "ip": request_meta["ip"],
        "user_agent": request_meta["user_agent"],
        "event_meta": {"party_size": str(booking.party_size), "booking": booking.booking_id},
    })


def track_referral(member, request_meta):
    ref = hashlib.sha256(member.email.strip().lower().encode()).hexdigest()
    return client().post("/event", {
        "event_name": "referral",
        "url": "https://sporehaus.shop/refer",
        "ip": request_meta["ip"],
        "user_agent": request_meta["user_agent"],
        "event_meta": {"ref": ref},
    })
