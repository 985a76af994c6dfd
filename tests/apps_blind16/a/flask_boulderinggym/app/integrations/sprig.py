import hashlib

from ..http_clients import sprig_client


def identify(member) -> None:
    with sprig_client() as client:
        client.post(
            "/users",
            json={
                "userId": str(member.id),
                "emailAddress": member.email,
                "attributes": {"belayLevel": member.belay_level, "name": member.full_name},
            },
        )


def track_session(member_id: int, event: str) -> None:
    with sprig_client() as client:
        client.post("/users", json={"userId": str(member_id), "events": [{"event": event}]})


def track_anonymous(email: str, event: str) -> None:
    pseudo = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    with sprig_client() as client:
        client.post("/users", json={"userId": pseudo, "events": [{"event": event}]})
