from dataclasses import dataclass

from fastapi import Depends, Header, HTTPException, status

from app.core.context import staff_id_var, staff_login_var
from app.observability import tag_staff


@dataclass(frozen=True)
class Staff:
    id: str
    email: str
    role: str


_SESSIONS: dict[str, Staff] = {}


def current_staff(authorization: str = Header(...)) -> Staff:
    token = authorization.removeprefix("Bearer ").strip()
    staff = _SESSIONS.get(token)
    if staff is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid session")
    staff_id_var.set(staff.id)
    staff_login_var.set(staff.email)
    tag_staff(staff.id)
    return staff


def office_staff(staff: Staff = Depends(current_staff)) -> Staff:
    if staff.role not in {"office", "manager"}:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "office staff only")
    return staff
