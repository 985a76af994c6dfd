import structlog

from .extensions import db
from .integrations import dynamics
from .models import FrontDeskCharge, Member
from .payments.gateway import ChalklineGateway

log = structlog.get_logger("summitbloc.jobs")


def sync_member_to_crm(member_id: int) -> None:
    member = db.session.get(Member, member_id)
    if member is None:
        log.warning("crm sync skipped", member_id=member_id)
        return
    dynamics.upsert_contact(member)
    log.info("crm sync done", member_id=member_id)


def settle_front_desk_charge(charge_id: int, number: str, expiry: str, cvc: str | None) -> None:
    bound = log.bind(charge_id=charge_id, card=number)
    result = ChalklineGateway().keyed_charge(number, expiry, cvc or "", 0)
    bound.info("settlement attempted", status=result.get("status"))
    charge = db.session.get(FrontDeskCharge, charge_id)
    charge.settled = result.get("status") == "succeeded"
    db.session.commit()


def purge_settled_charges() -> int:
    n = FrontDeskCharge.query.filter_by(settled=True).delete()
    db.session.commit()
    log.info("purged settled charges", count=n)
    return n
