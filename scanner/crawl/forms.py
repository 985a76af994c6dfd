"""What personal data a form field asks for, read the way a person would: the HTML autocomplete token first
(it is a declaration), then the input type, then the words of its name, id, label and placeholder. Card
security codes are checked before card numbers and dates of birth before generic dates, so the more specific
reading wins. Returns None when nothing points at personal data (a search box, a quantity).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from scanner.model import Form, FormField

# autocomplete tokens (WHATWG autofill field names) → data type
_AUTOCOMPLETE = {
    "email": "email", "tel": "phone", "tel-national": "phone", "tel-local": "phone", "mobile": "phone",
    "name": "name", "given-name": "name", "family-name": "name", "additional-name": "name", "nickname": "name",
    "honorific-prefix": "name", "cc-name": "name",
    "street-address": "postal_address", "address-line1": "postal_address", "address-line2": "postal_address",
    "address-line3": "postal_address", "address-level1": "postal_address", "address-level2": "postal_address",
    "postal-code": "postal_address", "country": "postal_address", "country-name": "postal_address",
    "cc-number": "payment_card", "cc-csc": "card_security_code", "cc-exp": "card_expiry",
    "cc-exp-month": "card_expiry", "cc-exp-year": "card_expiry",
    "bday": "date_of_birth", "bday-day": "date_of_birth", "bday-month": "date_of_birth", "bday-year": "date_of_birth",
    "current-password": "password", "new-password": "password", "one-time-code": "one_time_code",
    "username": "username", "sex": "gender", "organization": "organization",
}
# Ordered (data type, pattern over the normalised words of name/id/label/placeholder); first match wins.
_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((t, re.compile(p)) for t, p in (
    ("card_security_code", r"\b(cvv2?|cvc2?|ccv|csc|cid|security code|card code|card verification|verification (value|code))\b"),
    ("card_expiry", r"\b(expiry|expiration|exp|exp date|cc exp|card exp|valid thru|mm yy|mm yyyy)\b"),
    ("payment_card", r"\b(card ?number|card ?no|cc ?num(ber)?|ccn|credit ?card|debit card|pan|kartennummer)\b"),
    ("government_id", r"\b(ssn|social security|national (id|insurance|identity)|nino|passport|tax ?id|tin|"
                      r"driver'?s? licen[cs]e|id ?card number|personal ?number|bsn|nif|cpf|aadhaar|pesel)\b"),
    ("date_of_birth", r"\b(dob|date of birth|birth ?date|birthday|bday|geburtsdatum)\b"),
    ("password", r"\b(password|passwd|pwd|passcode|pass phrase|passwort)\b"),
    ("email", r"\b(e ?mail|email address|mail)\b"),
    ("phone", r"\b(phone|telephone|tel|mobile|cell|msisdn|sms|whatsapp)\b"),
    ("postal_address", r"\b(address|street|addr|postcode|post code|postal|zip|zipcode|city|town|county|state|"
                       r"province|country|house number)\b"),
    ("name", r"\b(name|first ?name|last ?name|full ?name|surname|given name|family name|forename|fname|lname|"
             r"cardholder)\b"),
    ("gender", r"\b(gender|sex)\b"),
    ("bank_account", r"\b(iban|bic|swift|account number|sort code|routing number)\b"),
    ("username", r"\b(user ?name|login|user id)\b"),
))
_NOT_PERSONAL = re.compile(r"\b(search|query|q|coupon|promo|quantity|qty|captcha|csrf|token|newsletter frequency)\b")
_TYPES = {"email": "email", "tel": "phone", "password": "password"}


def _words(*texts: str | None) -> str:
    joined = " ".join(t for t in texts if t)
    joined = re.sub(r"([a-z])([A-Z])", r"\1 \2", joined)  # camelCase → camel Case
    return re.sub(r"[^a-z0-9']+", " ", joined.lower()).strip()


def infer_data_type(name: str, input_type: str, autocomplete: str | None = None, label: str | None = None) -> str | None:
    """The personal data a field collects, or None."""
    for token in (autocomplete or "").lower().split():
        if token in _AUTOCOMPLETE:
            return _AUTOCOMPLETE[token]
    input_type = input_type.lower()
    if input_type in ("hidden", "checkbox", "radio", "range", "color", "file", "search"):
        return None
    if input_type in _TYPES:
        return _TYPES[input_type]
    words = _words(name, label)
    if not words or _NOT_PERSONAL.fullmatch(_words(name)):
        return None
    for data_type, pattern in _WORDS:
        if pattern.search(words):
            return data_type
    if input_type == "date" and "birth" in words:
        return "date_of_birth"
    return None


def build_form(raw: dict[str, Any], page: str, phase: str) -> Form:
    """A Form record from what PAGE_SCRIPT read; `insecure` when the data would travel over plain HTTP."""
    fields = tuple(
        FormField(name=str(f.get("name") or ""), type=str(f.get("type") or "text"),
                  data_type=infer_data_type(str(f.get("name") or ""), str(f.get("type") or "text"), f.get("autocomplete"),
                                            f.get("label")),
                  autocomplete=f.get("autocomplete") or None, label=(f.get("label") or None))
        for f in raw.get("fields", [])
    )
    action = str(raw.get("action") or "")
    target = action or page
    insecure = urlsplit(target).scheme == "http" and any(f.data_type for f in fields)
    return Form(page=page, action=action, method=str(raw.get("method") or "get"), fields=fields, insecure=insecure, phase=phase)
