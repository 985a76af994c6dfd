import logging

from pyramid.httpexceptions import HTTPConflict, HTTPNotFound
from pyramid.view import view_config

from forge.db import queries
from forge.logctx import StudentAdapter, audit
from forge.models import Student
from forge.queue import publish
from forge.vendors import clearbit, tealium

log = logging.getLogger("forge.views.students")


@view_config(route_name="students", request_method="POST", renderer="json")
def create_student(request):
    body = request.json_body
    log.debug("student sign-up payload: %s", body)
    if queries.student_by_email(email=body["email"]):
        log.info("duplicate sign-up for %s", body["email"])
        raise HTTPConflict(json_body={"error": "already registered"})

    sid = queries.create_student(
        full_name=body["full_name"],
        email=body["email"],
        phone=body.get("phone"),
        date_of_birth=body.get("date_of_birth"),
        postcode=body.get("postcode"),
        emergency_contact=body.get("emergency_contact"),
    )
    student = Student.from_row(queries.student_by_id(id=sid))
    log.info("student created id=%s", student.id)
    audit("student.created", student_id=student.id, email=student.email, ip=request.client_addr)

    publish(request.registry, "welcome", {"student_id": student.id})
    tealium.student_signed_up(request.registry, student)
    employer = clearbit.enrich_student(request.registry, student)
    if employer:
        StudentAdapter(log, {"student_id": student.id}).info("employer found, flagging for corporate rate")
    request.response.status_code = 201
    return {"id": student.id}


@view_config(route_name="student", request_method="GET", renderer="json")
def get_student(request):
    row = queries.student_by_id(id=int(request.matchdict["id"]))
    if row is None:
        raise HTTPNotFound()
    student = Student.from_row(row)
    log.info("student fetched: %r", student)
    return {"id": student.id, "name": student.full_name}


@view_config(route_name="student", request_method="PATCH", renderer="json")
def update_student(request):
    sid = int(request.matchdict["id"])
    changes = request.json_body
    StudentAdapter(log, {"student_id": sid}).info("updating fields %s", sorted(changes))
    audit("student.updated", student_id=sid, fields=",".join(sorted(changes)))
    return {"id": sid, "updated": sorted(changes)}
