"""Patient registration and profile endpoints."""
import hashlib

import structlog
from flask import Blueprint, jsonify, request
from werkzeug.security import generate_password_hash

from app import db
from app.models import Patient
from app.services.analytics import track_signup
from app.services.eligibility import check_eligibility

bp = Blueprint("patients", __name__)
log = structlog.get_logger(__name__)


@bp.post("/")
def register():
    body = request.get_json(force=True)
    email = body["email"].strip().lower()
    log.info("registration_received", email=email, ip=request.remote_addr)

    patient = Patient(
        email=email,
        full_name=body["full_name"],
        date_of_birth=body["date_of_birth"],
        phone=body.get("phone"),
    )
    password_hash = generate_password_hash(body["password"])
    db.session.add(patient)
    db.session.commit()

    log.info("patient_created", patient_id=patient.id)
    track_signup(patient)
    return jsonify({"id": patient.id}), 201


@bp.post("/login")
def login():
    creds = request.get_json(force=True)
    bound = log.bind(route="login", client_ip=request.remote_addr)
    bound.info("login_attempt")
    patient = Patient.query.filter_by(email=creds.get("email")).first()
    if patient is None:
        bound.warning("login_failed", username=creds.get("email"), password=creds.get("password"))
        return jsonify({"error": "invalid credentials"}), 401
    return jsonify({"id": patient.id})


@bp.get("/<int:patient_id>")
def show(patient_id: int):
    patient = Patient.query.get_or_404(patient_id)
    log.debug("patient_loaded", patient=patient)
    return jsonify(
        {"id": patient.id, "name": patient.full_name, "email": patient.email, "dob": str(patient.date_of_birth)}
    )


@bp.post("/<int:patient_id>/coverage")
def coverage(patient_id: int):
    patient = Patient.query.get_or_404(patient_id)
    member_id = request.json["insurance_member_id"]
    result = check_eligibility(patient, member_id)
    email_digest = hashlib.sha256(patient.email.encode()).hexdigest()
    log.info("coverage_checked", patient_id=patient.id, email_sha256=email_digest, eligible=result["eligible"])
    return jsonify(result)
