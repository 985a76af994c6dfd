import re

_EMAIL = re.compile(r"^(.)[^@]*(@.*)$")


def mask_email(value: str) -> str:
    return _EMAIL.sub(r"\1***\2", value or "")


def mask_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value or "")
    return f"***{digits[-3:]}" if digits else ""
