from .. import settings
from ..http_clients import logsnag

PROJECT = settings.get("logsnag", "project", "sporehaus")


def identify(member):
    return logsnag().post("/identify", {
        "project": PROJECT,
        "user_id": member.member_id,
        "properties": {"name": member.full_name, "email": member.email, "phone": member.phone or ""},
    })


def new_subscription(sub):
    return logsnag().post("/log", {
        "project": PROJECT,
        "channel": "subscriptions",
        "event": "New grow-kit subscription",
        "icon": "🍄",
        "user_id": sub.member_id,
        "tags": {"kit": sub.kit, "cadence": sub.cadence_weeks},
    })


def failed_charge(member, reason):
    return logsnag().post("/log", {
        "project": PROJECT,
        "channel": "billing",
        "event": "Charge failed",
        "description": f"{member.full_name} <{member.email}>: {reason}",
        "notify": True,
    })
