import logging

_audit = logging.getLogger("surfschool.audit")

_MASKED = {"password", "card_number", "cvc", "phone"}


def audit(action: str, **fields) -> None:
    clean = {k: ("***" if k in _MASKED else v) for k, v in fields.items()}
    _audit.info("%s %s", action, " ".join(f"{k}={v}" for k, v in sorted(clean.items())))
