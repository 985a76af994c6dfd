import hashlib
import time

from loguru import logger

from ..http_clients import client

log = logger.bind(component="clevertap")


def _identity(patient) -> str:
    return f"pt-{patient.id}"


def upload_patient_profile(patient) -> None:
    profile = {
        "Name": patient.full_name,
        "Email": patient.email,
        "Phone": patient.phone,
        "DOB": patient.date_of_birth.isoformat() if patient.date_of_birth else None,
    }
    profile["Postcode"] = patient.postcode
    payload = {"d": [{"identity": _identity(patient), "type": "profile", "ts": int(time.time()), "profileData": profile}]}
    resp = client("clevertap").post("/upload", json=payload)
    log.info("clevertap profile upload status={} patient_id={}", resp.status_code, patient.id)


def track_fitting_booked(patient, appointment_type: str) -> None:
    event = {
        "identity": _identity(patient),
        "type": "event",
        "evtName": "Fitting Booked",
        "evtData": {"appointment_type": appointment_type},
    }
    client("clevertap").post("/upload", json={"d": [event]})


def track_hearing_test_result(patient, band: str) -> None:
    event = {
        "identity": _identity(patient),
        "type": "event",
        "evtName": "Hearing Test Completed",
        "evtData": {"band": band, "email_sha256": hashlib.sha256(patient.email.strip().lower().encode()).hexdigest()},
    }
    client("clevertap").post("/upload", json={"d": [event]})


def track_reminder_optin(patient) -> None:
    event = {"identity": _identity(patient), "type": "event", "evtName": "Reminder Opt-in"}
    event["evtData"] = {"channel": "sms", "phone": patient.phone}
    client("clevertap").post("/upload", json={"d": [event]})
