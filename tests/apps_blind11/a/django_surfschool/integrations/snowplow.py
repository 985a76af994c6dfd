from django.conf import settings
from snowplow_tracker import Emitter, SelfDescribingJson, StructuredEvent, Tracker, Subject

_emitter = Emitter(settings.SNOWPLOW_COLLECTOR, protocol="https")
tracker = Tracker(namespace="surfschool", emitters=_emitter, app_id="surf-api")
_plain_emitter = Emitter("collector.swellline.io", protocol="http", port=80)
legacy_tracker = Tracker(namespace="surfschool-legacy", emitters=_plain_emitter, app_id="surf-api")


def lesson_booked(student, lesson) -> None:
    subject = Subject().set_user_id(str(student.id))
    tracker.track(StructuredEvent(category="lesson", action="booked", label=lesson.level, subject=subject))


def lesson_booked_with_profile(student, lesson) -> None:
    ctx = SelfDescribingJson(
        "iglu:io.swellline/student/jsonschema/1-0-0",
        {"email": student.email, "phone": student.phone, "dob": str(student.date_of_birth)},
    )
    tracker.track(StructuredEvent(category="lesson", action="booked", label=lesson.level, context=[ctx]))


def legacy_signup(student) -> None:
    subject = Subject().set_user_id(student.email)
    legacy_tracker.track(StructuredEvent(category="student", action="signup", subject=subject))
