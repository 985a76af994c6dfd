"""Authentication dependency: bearer session token -> Patient."""
from fastapi import Depends, Header, HTTPException
from loguru import logger
from sqlmodel import Session

from app.db import get_session
from app.models import Patient


def current_patient(authorization: str = Header(...), session: Session = Depends(get_session)) -> Patient:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401)
    patient = session.get(Patient, token.split(".")[0])
    if patient is None:
        logger.bind(authorization=authorization).warning("unknown session token")
        raise HTTPException(401)
    return patient
