"""Claim submission: policyholders report a loss and optionally give a card for the refund."""
import logging
import secrets

from pyramid.httpexceptions import HTTPBadRequest, HTTPForbidden
from pyramid.view import view_config
from sqlalchemy import select, text

from ..models.tables import claims, policyholders
from ..services.billing import BillingService, CardInput
from ..services.crm import CrmClient

log = logging.getLogger(__name__)
audit = logging.getLogger("pyramid_insurance.audit")


def _new_claim_number():
    return "CLM-" + secrets.token_hex(4).upper()


@view_config(route_name="claim_submit", request_method="POST", renderer="json")
def submit_claim(request):
    body = request.json_body
    policy_id = body.get("policy_id")
    if not policy_id:
        raise HTTPBadRequest(json_body={"error": "policy_id required"})

    holder = request.db.execute(
        select(policyholders).where(policyholders.c.id == body["policyholder_id"])
    ).first()
    if holder is None:
        log.warning("claim for unknown policyholder id=%s policy=%s", body["policyholder_id"], policy_id)
        raise HTTPForbidden()

    claim_number = _new_claim_number()
    claim_id = request.db.execute(
        claims.insert().values(policy_id=policy_id, description=body.get("description", ""),
                               claim_number=claim_number)
    ).inserted_primary_key[0]

    refund = body.get("refund_card")
    if refund:
        card = CardInput(pan=refund["number"], exp_month=int(refund["exp_month"]),
                         exp_year=int(refund["exp_year"]), cvv="", holder=holder.full_name)
        service = BillingService(request.db, request.registry.app_settings,
                                 refund_key=request.registry.settings.get("refund.fernet_key"))
        service.store_refund_card(claim_id, card)

    request.db.commit()
    audit.info("claim_submitted claim=%s policy=%s holder=%s", claim_number, policy_id, holder.id)
    log.info("claim %s filed by %s (dob %s) from %s", claim_number, holder.full_name, holder.date_of_birth,
             request.client_addr)

    CrmClient(request.registry.app_settings).track_claim_filed(
        request.cookies.get("_ga", "anon"), holder, claim_number
    )
    return {"claim_number": claim_number}


def claims_for_export(conn, since):
    rows = conn.execute(
        text("SELECT c.claim_number, c.policy_id, p.email FROM claims c "
             "JOIN quotes q ON q.id = c.policy_id::text JOIN policyholders p ON p.id = q.policyholder_id "
             "WHERE c.id > :since ORDER BY c.id"),
        {"since": since},
    ).all()
    log.info("claims export since=%s rows=%d", since, len(rows))
    return rows
