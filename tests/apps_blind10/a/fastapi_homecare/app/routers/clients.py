import logging

from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.logging import audit
from app.db.models import Client, FamilyContact, Visit
from app.db.session import get_db
from app.deps import Staff, current_staff, office_staff
from app.integrations import analytics, brokerage
from app.schemas import ClientCreate, ClientOut, VisitPlan
from app.tasks import push_visit

router = APIRouter(prefix="/clients", tags=["clients"])
log = logging.getLogger("hearth.clients")


class DuplicateClient(Exception):
    def __init__(self, existing: Client):
        super().__init__(f"client already on file: {existing!r}")
        self.existing = existing


@router.post("", response_model=ClientOut, status_code=status.HTTP_201_CREATED)
def create_client(body: ClientCreate, db: Session = Depends(get_db), staff: Staff = Depends(office_staff)):
    log.debug("create client payload %r", body)
    existing = db.scalar(
        select(Client).where(Client.full_name == body.full_name, Client.date_of_birth == body.date_of_birth)
    )
    if existing is not None:
        raise DuplicateClient(existing)
    client = Client(**body.model_dump())
    db.add(client)
    db.commit()
    audit("client.created", client_id=client.id, funding=client.funding)
    analytics.client_onboarded(client, source="office")
    return client


@router.get("/{client_id}", response_model=ClientOut)
def get_client(client_id: int, db: Session = Depends(get_db), staff: Staff = Depends(current_staff)):
    client = db.get(Client, client_id)
    if client is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    audit("client.viewed", client_id=client.id, staff_id=staff.id)
    return client


@router.post("/{client_id}/package/{package_ref}")
def confirm_funded_package(
    client_id: int, package_ref: str, db: Session = Depends(get_db), staff: Staff = Depends(office_staff)
):
    client = db.get(Client, client_id)
    result = brokerage.confirm_package(client, package_ref)
    client.funding = "council"
    db.commit()
    audit("package.confirmed", client_id=client.id, package_ref=package_ref, hours=result.get("weekly_hours"))
    return {"weekly_hours": result.get("weekly_hours")}


@router.patch("/{client_id}/address")
def move_client(client_id: int, body: dict, db: Session = Depends(get_db), staff: Staff = Depends(office_staff)):
    client = db.get(Client, client_id)
    old = client.address_line
    client.address_line = body["address_line"]
    client.postcode = body["postcode"]
    db.commit()
    audit("client.moved", client_id=client.id, old_address=old, new_address=client.address_line)
    return {"ok": True}


@router.post("/{client_id}/visits", status_code=status.HTTP_202_ACCEPTED)
def plan_visit(client_id: int, plan: VisitPlan, db: Session = Depends(get_db), staff: Staff = Depends(office_staff)):
    visit = Visit(
        client_id=client_id,
        carer_id=plan.carer_id,
        starts_at=plan.starts_at,
        minutes=plan.minutes,
        tasks="\n".join(plan.tasks),
    )
    db.add(visit)
    db.commit()
    push_visit.send(visit.id)
    log.info("visit %s planned for client %s by staff %s", visit.id, client_id, staff.id)
    return {"visit_id": visit.id}


@router.post("/{client_id}/contacts", status_code=status.HTTP_201_CREATED)
def add_contact(client_id: int, body: dict, db: Session = Depends(get_db), staff: Staff = Depends(office_staff)):
    contact = FamilyContact(client_id=client_id, **body)
    db.add(contact)
    db.commit()
    if contact.is_payer:
        analytics.payer_portal_signup(contact)
    log.info("contact %s added to client %s", contact.id, client_id)
    return {"id": contact.id}


@router.get("")
def search_clients(q: str, db: Session = Depends(get_db), staff: Staff = Depends(current_staff)):
    rows = db.scalars(select(Client).where(Client.full_name.ilike(f"%{q}%")).limit(20)).all()
    log.info("client search returned %d rows", len(rows))
    return [ClientOut.model_validate(r) for r in rows]
