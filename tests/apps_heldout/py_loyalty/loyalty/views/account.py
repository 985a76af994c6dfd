import structlog
from flask import Blueprint, abort, jsonify, request
from werkzeug.security import check_password_hash, generate_password_hash

from .. import tracking
from ..db import db
from ..models import Member

bp = Blueprint("account", __name__, url_prefix="/account")
log = structlog.get_logger(__name__)


@bp.post("/signup")
def signup():
    body = request.get_json(force=True)
    log.debug("signup payload", payload=body)
    if Member.query.filter_by(email=body["email"]).first():
        log.info("signup rejected, email already registered")
        abort(409)
    member = Member(
        email=body["email"].strip().lower(),
        first_name=body.get("firstName"),
        last_name=body.get("lastName"),
        msisdn=body.get("phone"),
        dob=body.get("dob"),
        password_hash=generate_password_hash(body["password"]),
    )
    db.session.add(member)
    db.session.commit()
    log.info("member created", member=member)
    tracking.identify_member(member)
    return jsonify(id=member.id), 201


@bp.post("/login")
def login():
    email = request.form["email"]
    password = request.form["password"]
    member = Member.query.filter_by(email=email).first()
    if member is None or not check_password_hash(member.password_hash, password):
        log.warning("failed login", email=email)
        abort(401)
    log.info("login ok", member_id=member.id)
    log.debug("session started", member_id=member.id, ip=request.remote_addr)
    return jsonify(ok=True)


@bp.patch("/<int:member_id>")
def update_profile(member_id: int):
    member = db.get_or_404(Member, member_id)
    changes = request.get_json()
    for field in ("first_name", "last_name", "msisdn", "dob"):
        if field in changes:
            setattr(member, field, changes[field])
    db.session.commit()
    log.info("profile updated", member_id=member.id, fields=sorted(changes))
    return jsonify(ok=True)


@bp.post("/<int:member_id>/reset-password")
def reset_password(member_id: int):
    member = db.get_or_404(Member, member_id)
    new_password = request.json["new_password"]
    member.password_hash = generate_password_hash(new_password)
    db.session.commit()
    log.info("password reset token consumed", member_id=member.id)
    log.info(f"password reset for {member.email} to {new_password}")
    return "", 204
