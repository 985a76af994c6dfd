import datetime as dt

import structlog
from flask import Blueprint, jsonify, request

from .. import audit
from ..errors import MemberConflict
from ..extensions import db, queue
from ..http_clients import belaycert_client
from ..integrations import sprig
from ..jobs import sync_member_to_crm
from ..models import Member

bp = Blueprint("members", __name__)
log = structlog.get_logger(__name__)


@bp.post("")
def create_member():
    body = request.get_json(force=True)
    log.debug("signup body", body=body)
    if Member.query.filter_by(email=body["email"]).first():
        raise MemberConflict(body["email"])

    member = Member(
        full_name=body["full_name"],
        email=body["email"].strip().lower(),
        phone=body.get("phone"),
        date_of_birth=dt.date.fromisoformat(body["date_of_birth"]) if body.get("date_of_birth") else None,
        emergency_contact=body.get("emergency_contact"),
    )
    db.session.add(member)
    db.session.commit()

    log.info("member created", member_id=member.id, email=member.email)
    log.info("member created detail", name=member.full_name, emergency=member.emergency_contact)
    audit.record("member.create", actor_id=None, member_id=member.id)
    queue("crm").enqueue(sync_member_to_crm, member.id)
    sprig.identify(member)
    return jsonify(id=member.id), 201


@bp.patch("/<int:member_id>")
def update_member(member_id: int):
    member = db.get_or_404(Member, member_id)
    changes = request.get_json(force=True)
    for field in ("full_name", "phone", "emergency_contact"):
        if field in changes:
            setattr(member, field, changes[field])
    db.session.commit()
    audit.record_member_change("member.update", actor_id=member.id, member=member)
    log.info("member updated", member_id=member.id, fields=sorted(changes))
    return jsonify(id=member.id)


@bp.post("/<int:member_id>/waiver")
def sign_waiver(member_id: int):
    member = db.get_or_404(Member, member_id)
    log.info("waiver signed", member=repr(member), ip=request.remote_addr)
    sprig.track_session(member.id, "waiver_signed")
    return jsonify(ok=True)


@bp.post("/<int:member_id>/belay-check")
def belay_check(member_id: int):
    member = db.get_or_404(Member, member_id)
    level = request.get_json(force=True)["level"]
    member.belay_level = level
    db.session.commit()
    with belaycert_client() as client:
        client.post(
            "/certificates",
            json={
                "climber_name": member.full_name,
                "date_of_birth": member.date_of_birth.isoformat() if member.date_of_birth else None,
                "level": level,
                "issuing_wall": "summit-bloc-leeds",
            },
        )
    log.info("belay level recorded", member_id=member.id, level=level)
    return jsonify(level=level)


@bp.post("/login-failed")
def login_failed():
    body = request.get_json(force=True)
    log.warning("login failed", email=body.get("email"), password=body.get("password"))
    log.warning("login failed for account", account=body.get("email"), ip=request.remote_addr)
    return jsonify(ok=False), 401
