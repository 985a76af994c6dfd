"""The Luhn check, in one place for every stage that recognises card numbers: the code scanner's literal
detector and snippet masker, the crawler's URL/beacon masker and the reports' last-line masker. Each keeps
its own masking format; what counts as a valid card number checksum must never differ between them."""

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
