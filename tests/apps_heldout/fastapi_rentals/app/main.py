import os

import httpx
import redis
from amplitude import Amplitude, BaseEvent
from fastapi import FastAPI, HTTPException, Request
from loguru import logger
from mixpanel import Mixpanel

from .db import DepositHold, Renter, SessionLocal
from .schemas import DepositIn, RenterIn

app = FastAPI(title="rentals")
amp = Amplitude(os.environ.get("AMPLITUDE_API_KEY", ""))
mp = Mixpanel(os.environ.get("MIXPANEL_TOKEN", ""))
cache = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))

ACQUIRER = httpx.Client(base_url="https://acquirer.example.com", timeout=10, verify=False)
DMV_CHECK_URL = "http://dmv-check.partner.example.org/licences/verify"


@app.middleware("http")
async def access_log(request: Request, call_next):
    response = await call_next(request)
    logger.info("{} {} -> {}", request.method, request.url.path, response.status_code)
    return response


@app.post("/renters", status_code=201)
def create_renter(body: RenterIn):
    with SessionLocal.begin() as s:
        renter = Renter(**body.model_dump())
        s.add(renter)
        s.flush()
        renter_id = renter.id
    logger.info("new renter {}", body)
    amp.track(BaseEvent(event_type="Renter Created", user_id=str(renter_id), event_properties={"source": "counter"}))
    mp.people_set(str(renter_id), {"$email": body.email, "$name": body.full_name})
    return {"id": renter_id}


@app.post("/renters/{renter_id}/licence-check")
def licence_check(renter_id: int):
    with SessionLocal() as s:
        renter = s.get(Renter, renter_id)
    if renter is None:
        raise HTTPException(404)
    r = httpx.post(DMV_CHECK_URL, data={"licence": renter.driving_licence_no, "name": renter.full_name, "dob": str(renter.dob)})
    logger.info("licence check for renter {} returned {}", renter_id, r.status_code)
    return {"valid": r.json().get("valid", False)}


@app.post("/deposits", status_code=201)
def hold_deposit(body: DepositIn):
    resp = ACQUIRER.post("/v1/authorisations", json={"number": body.card.number, "exp": body.card.exp, "cvc": body.card.cvc.get_secret_value(), "amount": body.amount_cents})
    if resp.status_code != 200:
        logger.warning("deposit authorisation failed: {}", body.model_dump())
        raise HTTPException(402)
    with SessionLocal.begin() as s:
        hold = DepositHold(renter_id=body.renter_id, card_number=body.card.number, card_exp=body.card.exp, amount_cents=body.amount_cents, auth_code=resp.json()["auth_code"])
        s.add(hold)
    cache.setex(f"deposit:{body.renter_id}:cvc", 900, body.card.cvc.get_secret_value())
    logger.info("deposit held for renter {} on card ending {}", body.renter_id, body.card.number[-4:])
    return {"auth_code": resp.json()["auth_code"]}
