import hashlib
import time

from luthier.config import settings
from luthier.vendors.http import statsig_client

_client = statsig_client(settings)


def _event(name: str, user: dict, metadata: dict | None = None) -> dict:
    return {"eventName": name, "user": user, "time": int(time.time() * 1000), "metadata": metadata or {}}


def log_repair_booked(customer, ticket) -> None:
    user = {"userID": str(customer.id)}
    user["email"] = customer.email
    user["custom"] = {"postcode": customer.postal_address.split(",")[-1].strip() if customer.postal_address else None}
    _client.post_json("", {"events": [_event("repair_booked", user, {"ticket": str(ticket.id)})]})


def log_estimate_viewed(customer_id: int, ticket_id: int) -> None:
    _client.post_json("", {"events": [_event("estimate_viewed", {"userID": str(customer_id)}, {"ticket": str(ticket_id)})]})


def log_collection(customer, ticket) -> None:
    hashed = hashlib.sha256(customer.email.strip().lower().encode()).hexdigest()
    _client.post_json("", {"events": [_event("instrument_collected", {"userID": hashed}, {"ticket": str(ticket.id)})]})


def log_club_signup(customer) -> None:
    user = {"userID": str(customer.id), "email": customer.email, "custom": {"phone": customer.phone, "name": customer.full_name}}
    _client.post_json("", {"events": [_event("club_signup", user)]})
