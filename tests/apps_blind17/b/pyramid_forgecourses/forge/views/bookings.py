import logging

from pyramid.httpexceptions import HTTPBadGateway
from pyramid.view import view_config

from forge.db import queries
from forge.models import Student
from forge.vendors import pardot, tealium

log = logging.getLogger("forge.views.bookings")


@view_config(route_name="bookings", request_method="POST", renderer="json")
def book_course(request):
    course_id = int(request.matchdict["course_id"])
    body = request.json_body
    student = Student.from_row(queries.student_by_id(id=body["student_id"]))

    status, charge = request.registry.gateway_http.request(
        "POST",
        "/charges",
        body={"amount": body["deposit_pence"], "currency": "GBP", "source": body["payment_token"]},
    )
    if status != 201:
        log.warning("deposit declined for student %s course %s: %s", student.id, course_id, charge.get("code"))
        raise HTTPBadGateway(json_body={"error": "card declined"})

    booking_id = queries.create_booking(
        course_id=course_id,
        student_id=student.id,
        deposit_pence=body["deposit_pence"],
        gateway_token=charge["card"]["token"],
        card_last4=charge["card"]["last4"],
        card_brand=charge["card"]["brand"],
    )
    log.info("booking %s: student %s card ****%s", booking_id, student.id, charge["card"]["last4"])
    log.info("deposit taken from %s (%s) for course %s", student.full_name, student.email, course_id)

    tealium.course_booked(request.registry, student, course_id, body["deposit_pence"])
    pardot.upsert_prospect(request.registry, student, body.get("course_title", ""))
    return {"booking_id": booking_id}


@view_config(route_name="bookings", request_method="GET", renderer="json")
def list_bookings(request):
    rows = list(queries.bookings_for_course(course_id=int(request.matchdict["course_id"])))
    log.info("listed %d bookings", len(rows))
    return [dict(r) for r in rows]
