"""Product analytics through PostHog."""
import hashlib

from app import posthog_client


def _distinct_id(patient) -> str:
    return f"patient-{patient.id}"


def track_signup(patient) -> None:
    posthog_client.identify(
        _distinct_id(patient),
        {
            "email": patient.email,
            "name": patient.full_name,
            "phone": patient.phone,
            "signup_channel": "web",
        },
    )
    posthog_client.capture(_distinct_id(patient), "patient_signed_up")


def track_refill(patient, order) -> None:
    posthog_client.capture(
        distinct_id=_distinct_id(patient),
        event="refill_ordered",
        properties={"rx_count": 1, "quantity": order.quantity, "status": order.status},
    )


def track_pharmacist_chat(patient, topic: str) -> None:
    hashed = hashlib.sha256(patient.email.strip().lower().encode()).hexdigest()
    posthog_client.capture(
        distinct_id=_distinct_id(patient),
        event="pharmacist_chat_opened",
        properties={"topic": topic, "email_hash": hashed},
    )
