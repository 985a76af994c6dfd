import time

from .http import base_url, session_for


def _post(events):
    session_for("statsig").post(f"{base_url('statsig')}/log_event", json={"events": events}, timeout=5)


def trip_booked(caver, trip, booking):
    _post([
        {
            "eventName": "trip_booked",
            "user": {"userID": str(caver.pk)},
            "value": trip.site_name,
            "metadata": {"booking_id": str(booking.pk), "price_cents": str(trip.price_cents)},
            "time": int(time.time() * 1000),
        }
    ])


def caver_signed_up(caver):
    event = {"eventName": "caver_signed_up", "time": int(time.time() * 1000)}
    event["user"] = {
        "userID": str(caver.pk),
        "email": caver.email,
        "custom": {"phone": caver.phone, "dob": caver.date_of_birth.isoformat()},
    }
    event["metadata"] = {"level": caver.certification_level}
    _post([event])
