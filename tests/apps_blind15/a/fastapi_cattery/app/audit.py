from app.logging_setup import get_logger

_audit = get_logger("whiskerwood.audit")

REDACT = {"card_number", "cvc", "password"}


def audit(action: str, actor: str, **fields) -> None:
    clean = {k: ("[redacted]" if k in REDACT else v) for k, v in fields.items()}
    _audit.info(action, actor=actor, **clean)
