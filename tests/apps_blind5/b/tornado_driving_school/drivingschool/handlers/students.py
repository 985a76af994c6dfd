"""Sign-up, profile and phone verification."""
import datetime
import logging

import tornado.web

from drivingschool import settings
from drivingschool.handlers.base import ApiError, BaseHandler
from drivingschool.models import AuditEvent, Student
from drivingschool.services import customerio, sms

log = logging.getLogger("roadwise.students")

REQUIRED = ("first_name", "last_name", "email", "phone", "date_of_birth", "postcode")


class SignupHandler(BaseHandler):
    async def post(self):
        data = self.json_body
        missing = [f for f in REQUIRED if not data.get(f)]
        if missing:
            log.info("signup rejected, missing fields: %s", ",".join(missing), extra={"request_id": self.request_id})
            raise ApiError(422, "missing_fields")

        email = data["email"].strip().lower()
        if Student.select().where(Student.email == email).exists():
            log.info("signup for existing account %s", email)
            raise ApiError(409, "already_registered")

        student = Student.create(
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=email,
            phone=data["phone"],
            date_of_birth=datetime.date.fromisoformat(data["date_of_birth"]),
            postcode=data["postcode"].upper(),
            provisional_licence_no=data.get("licence"),
            marketing_opt_in=bool(data.get("marketing")),
        )
        log.info("student registered", extra={"student_id": student.id, "request_id": self.request_id})

        await customerio.identify(student)
        await customerio.track(student, "signed_up", {"postcode_area": student.postcode[:2]})
        if settings.PHONE_VERIFICATION_ENABLED:
            code = sms.new_verification_code(student)
            await sms.send(student.phone, f"Your Roadwise code is {code}")
        self.set_secure_cookie("sid", str(student.public_id))
        self.write_json({"id": str(student.public_id)}, status=201)


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self):
        s = self.current_user
        self.write_json(
            {
                "id": str(s.public_id),
                "name": s.display_name,
                "email": s.email,
                "phone_verified": s.phone_verified,
            }
        )

    @tornado.web.authenticated
    async def patch(self):
        s = self.current_user
        changes = {k: v for k, v in self.json_body.items() if k in ("phone", "postcode", "email")}
        log.debug("profile update for %s: %s", s.id, changes)
        for key, value in changes.items():
            setattr(s, key, value)
        if "phone" in changes:
            s.phone_verified = False
        s.save()
        AuditEvent.create(actor_id=s.id, action="profile.update", target=f"student:{s.id}", detail=",".join(changes))
        await customerio.identify(s)
        self.write_json({"ok": True, "updated": sorted(changes)})


class VerifyPhoneHandler(BaseHandler):
    @tornado.web.authenticated
    def post(self):
        s = self.current_user
        if not sms.check_verification_code(s, self.json_body.get("code", "")):
            log.warning("phone verification failed", extra={"student_id": s.id, "remote_ip": self.request.remote_ip})
            raise ApiError(400, "bad_code")
        s.phone_verified = True
        s.save()
        log.info("phone verified for student_id=%d", s.id)
        self.write_json({"phone_verified": True})
