"""Patient sign-up and profile."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from loguru import logger
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from app.db import get_session
from app.deps import current_patient
from app.models import Patient
from app.schemas import PatientCreate, PatientOut
from app.services import analytics

router = APIRouter(prefix="/patients", tags=["patients"])


@router.post("", response_model=PatientOut, status_code=201)
async def register(body: PatientCreate, request: Request, session: Session = Depends(get_session)) -> Patient:
    patient = Patient(**body.model_dump())
    session.add(patient)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        logger.warning("duplicate registration attempt for {} from {}", body.email, request.client.host)
        raise HTTPException(409, "already registered")
    session.refresh(patient)
    logger.bind(patient_id=str(patient.id), request_id=request.headers.get("x-request-id")).info("patient registered")
    analytics.identify_patient(patient)
    return patient


@router.patch("/me", response_model=PatientOut)
def update_me(changes: dict, patient: Patient = Depends(current_patient), session: Session = Depends(get_session)):
    logger.info("profile update patient_id={} fields={}", patient.id, sorted(changes))
    for key, value in changes.items():
        if key in {"phone", "delivery_address", "full_name"}:
            setattr(patient, key, value)
    if "phone" in changes:
        patient.phone_verified = False
    session.add(patient)
    session.commit()
    logger.debug("patient after update: {}", patient)
    return patient
