import hashlib
import time


def _base(registry, event):
    s = registry.settings
    return {
        "tealium_account": s["forge.tealium.account"],
        "tealium_profile": s["forge.tealium.profile"],
        "tealium_event": event,
        "tealium_datasource": "fc91ab",
        "event_ts": int(time.time()),
    }


def course_booked(registry, student, course_id, deposit_pence):
    data = _base(registry, "course_booked")
    data.update(
        customer_id=str(student.id),
        customer_email_hash=hashlib.sha256(student.email.strip().lower().encode()).hexdigest(),
        course_id=course_id,
        order_total=deposit_pence / 100,
    )
    return registry.tealium_http.request("POST", "", body=data)


def student_signed_up(registry, student):
    data = _base(registry, "student_signup")
    data["customer_id"] = str(student.id)
    data["customer_email"] = student.email
    data["customer_phone"] = student.phone
    data["customer_dob"] = student.date_of_birth.isoformat() if student.date_of_birth else None
    return registry.tealium_http.request("POST", "", body=data)
