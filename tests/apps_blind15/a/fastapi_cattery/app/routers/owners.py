from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.audit import audit
from app.db import get_session
from app.integrations.emailoctopus import subscribe_owner
from app.logging_setup import get_logger
from app.models import Owner
from app.schemas import OwnerIn, StaffLogin

router = APIRouter(prefix="/owners", tags=["owners"])
log = get_logger(__name__)


class DuplicateOwner(Exception):
    pass


@router.post("", status_code=201)
async def create_owner(body: OwnerIn, session: AsyncSession = Depends(get_session)):
    existing = await session.scalar(select(Owner).where(Owner.email == body.email))
    if existing:
        raise DuplicateOwner(f"owner already registered: {body.email} ({body.full_name})")
    owner = Owner(**body.model_dump(exclude={"marketing_opt_in"}))
    session.add(owner)
    await session.commit()
    log.info("owner.created", owner_id=owner.id)
    log.debug("owner.created.detail", owner=owner)
    if body.marketing_opt_in:
        await subscribe_owner(owner)
    audit("owner.create", actor="front-desk", owner_id=owner.id, email=body.email)
    return {"id": owner.id}


@router.patch("/{owner_id}")
async def update_owner(owner_id: int, body: dict, session: AsyncSession = Depends(get_session)):
    owner = await session.get(Owner, owner_id)
    if owner is None:
        raise HTTPException(404)
    bound = log.bind(owner_id=owner_id)
    bound.info("owner.update", changes=body)
    for key, value in body.items():
        if hasattr(owner, key):
            setattr(owner, key, value)
    await session.commit()
    bound.info("owner.updated", fields=sorted(body.keys()))
    return {"ok": True}


@router.post("/staff/login")
async def staff_login(body: StaffLogin):
    log.info("staff.login_attempt", username=body.username, password=body.password.get_secret_value())
    log.info("staff.login", username=body.username, secret=body.password)
    return {"ok": True}
