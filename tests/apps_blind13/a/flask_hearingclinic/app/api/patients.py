from flask import Blueprint, abort, jsonify, request
from loguru import logger

from ..audit import audit, audit_patient
from ..extensions import db
from ..models import Patient
from ..services import crm
from ..tasks import sync_patient_profile

bp = Blueprint("patients", __name__)


@bp.post("")
def register_patient():
    body = request.get_json(force=True)
    logger.info("patient registration received: {}", body)
    patient = Patient(
        full_name=body["full_name"],
        email=body["email"].strip().lower(),
        phone=body.get("phone"),
        date_of_birth=body.get("date_of_birth"),
        nhs_number=body.get("nhs_number"),
        postcode=body.get("postcode"),
    )
    db.session.add(patient)
    db.session.commit()
    audit("patient.created", patient_id=patient.id, email=patient.email)
    sync_patient_profile.delay(patient.id)
    return jsonify({"id": patient.id}), 201


@bp.get("/<int:patient_id>")
def get_patient(patient_id: int):
    patient = db.session.get(Patient, patient_id) or abort(404)
    audit_patient("patient.viewed", patient)
    return jsonify({"id": patient.id, "full_name": patient.full_name, "email": patient.email})


@bp.patch("/<int:patient_id>")
def update_patient(patient_id: int):
    patient = db.session.get(Patient, patient_id) or abort(404)
    changes = request.get_json(force=True)
    for field in ("phone", "postcode", "email"):
        if field in changes:
            setattr(patient, field, changes[field])
    db.session.commit()
    logger.info("patient updated {}", patient)
    logger.bind(patient_id=patient.id, fields=sorted(changes)).info("patient fields changed")
    return jsonify({"ok": True})


@bp.post("/<int:patient_id>/fittings")
def book_fitting(patient_id: int):
    patient = db.session.get(Patient, patient_id) or abort(404)
    kind = request.get_json(force=True).get("type", "standard")
    crm.track_fitting_booked(patient, kind)
    logger.info("fitting booked patient_id={} type={}", patient.id, kind)
    return jsonify({"ok": True}), 202


@bp.post("/login")
def login():
    creds = request.get_json(force=True)
    user = db.session.scalar(db.select(Patient).filter_by(email=creds.get("email")))
    if user is None:
        logger.warning("portal login failed email={} password={}", creds.get("email"), creds.get("password"))
        abort(401)
    logger.bind(password=creds.get("password")).debug("portal login attempt for patient_id={}", user.id)
    return jsonify({"patient_id": user.id})
