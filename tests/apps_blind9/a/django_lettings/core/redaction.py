"""Helpers for showing personal and card data to people and logs without showing all of it."""

import hashlib
import re

_DIGITS = re.compile(r"\D")


def last4(pan: str) -> str:
    digits = _DIGITS.sub("", pan or "")
    return digits[-4:]


def mask_pan(pan: str) -> str:
    digits = _DIGITS.sub("", pan or "")
    if len(digits) < 10:
        return "****"
    return f"{digits[:6]}{'*' * (len(digits) - 10)}{digits[-4:]}"


def mask_email(email: str) -> str:
    local, _, domain = (email or "").partition("@")
    if not domain:
        return "***"
    return f"{local[:1]}***@{domain}"


def sha256_normalised(value: str) -> str:
    return hashlib.sha256((value or "").strip().lower().encode("utf-8")).hexdigest()
