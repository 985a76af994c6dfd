"""The Luhn check, in one place for every stage that recognises card numbers: the code scanner's literal
detector and snippet masker, the crawler's URL/beacon masker and the reports' last-line masker, and the one
masking format they all print: every digit starred but the last four, separators kept (4111 1111 1111 1111
becomes **** **** **** 1111). Last four alone is less than PCI DSS allows on display (first six and last four),
and one format means a number looks the same in a code finding, a beacon and a report."""

from __future__ import annotations


def luhn(digits: str) -> bool:
    """True when a string of ASCII digits passes the Luhn (mod 10) checksum."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = ord(ch) - 48
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def mask_run(raw: str) -> str:
    """A card number as written (digits with optional spaces or dashes), all digits but the last four starred."""
    positions = [i for i, ch in enumerate(raw) if ch.isdigit()]
    chars = list(raw)
    for i in positions[:-4]:
        chars[i] = "*"
    return "".join(chars)
