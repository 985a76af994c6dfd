from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from app.audit import audit
from app.db import get_session
from app.integrations import tillgate
from app.logging_setup import get_logger
from app.models import Cat, DepositCard, Owner, SavedPayment, Stay
from app.schemas import DepositCardIn, StayIn, TokenisedCardIn
from app.tasks import retry_deposit_hold, send_intake_sheet_task

router = APIRouter(prefix="/stays", tags=["stays"])
log = get_logger(__name__)


@router.post("", status_code=201)
async def book_stay(body: StayIn, session: AsyncSession = Depends(get_session)):
    cat = await session.get(Cat, body.cat_id)
    if cat is None:
        raise HTTPException(404, "unknown cat")
    stay = Stay(**body.model_dump(), nightly_rate=24.50)
    session.add(stay)
    await session.commit()
    send_intake_sheet_task.delay(stay.id)
    log.info("stay.booked", stay_id=stay.id, cat_id=cat.id, suite=stay.suite)
    return {"id": stay.id}


@router.post("/{stay_id}/deposit-card", status_code=201)
async def take_deposit_card(stay_id: int, body: DepositCardIn, session: AsyncSession = Depends(get_session)):
    stay = await session.get(Stay, stay_id)
    cat = await session.get(Cat, stay.cat_id)
    owner = await session.get(Owner, cat.owner_id)
    log.info("deposit.card_received", stay_id=stay_id, card_number=body.card_number)
    log.info("deposit.card_detail", stay_id=stay_id, card=body.model_dump())
    card = DepositCard(
        owner_id=owner.id,
        cardholder=body.cardholder,
        card_number=body.card_number,
        expiry=body.expiry,
        security_code=body.cvc,
    )
    session.add(card)
    await session.commit()
    try:
        token = await tillgate.tokenise(body.card_number, body.expiry, body.cvc)
        await tillgate.hold_deposit(token["token"], 5000, f"stay-{stay_id}")
    except Exception as exc:
        log.warning("deposit.hold_failed", stay_id=stay_id, error=str(exc))
        retry_deposit_hold.apply_async(args=[stay_id, body.card_number, body.expiry, body.cvc], countdown=600)
    audit("deposit.card", actor="front-desk", stay_id=stay_id, card_number=body.card_number, cvc=body.cvc)
    return {"id": card.id, "last4": body.card_number[-4:]}


@router.post("/{stay_id}/saved-card", status_code=201)
async def save_tokenised_card(stay_id: int, body: TokenisedCardIn, session: AsyncSession = Depends(get_session)):
    stay = await session.get(Stay, stay_id)
    cat = await session.get(Cat, stay.cat_id)
    saved = SavedPayment(owner_id=cat.owner_id, **body.model_dump())
    session.add(saved)
    await session.commit()
    log.info("saved_card.stored", owner_id=cat.owner_id, brand=body.brand, last4=body.last4)
    return {"id": saved.id}
