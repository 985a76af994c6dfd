"""Card numbers, recognised and masked. The Luhn check, the issuer ranges (IIN) and lengths of the major
schemes, the gateways' published test numbers, and masking to the last four digits (scanner/cards.py holds the
one format every stage prints). `mask_text` is applied to every snippet the code scanner emits, so no
output ever carries a full card number, whatever rule or file produced it.
"""

from __future__ import annotations

import re

from scanner.cards import luhn, mask_run

__all__ = ["TEST_NUMBERS", "find_numbers", "is_card_number", "is_test_number", "luhn", "mask_number", "mask_text", "scheme"]

# (scheme, IIN prefix ranges as (low, high, digits of prefix), allowed lengths)
_SCHEMES: tuple[tuple[str, tuple[tuple[int, int, int], ...], tuple[int, ...]], ...] = (
    ("visa", ((4, 4, 1),), (13, 16, 19)),
    ("mastercard", ((51, 55, 2), (2221, 2720, 4)), (16,)),
    ("amex", ((34, 34, 2), (37, 37, 2)), (15,)),
    ("discover", ((6011, 6011, 4), (644, 649, 3), (65, 65, 2), (622126, 622925, 6)), (16, 17, 18, 19)),
    ("diners", ((300, 305, 3), (36, 36, 2), (38, 39, 2)), (14, 15, 16, 17, 18, 19)),
    ("jcb", ((3528, 3589, 4),), (16, 17, 18, 19)),
    ("unionpay", ((62, 62, 2),), (16, 17, 18, 19)),
    ("maestro", ((50, 50, 2), (56, 58, 2), (639, 639, 3), (67, 67, 2)), (12, 13, 14, 15, 16, 17, 18, 19)),
    ("mir", ((2200, 2204, 4),), (16, 17, 18, 19)),
)

# Published test numbers of Stripe, Braintree, Adyen, PayPal, Authorize.net, Worldpay and the schemes'
# own examples: reported as test data, not as stored card numbers.
TEST_NUMBERS = frozenset(
    {
        "4111111111111111", "4242424242424242", "4000056655665556", "4012888888881881", "4222222222222",
        "4000000000000002", "4000000000009995", "4000000000000077", "4000002500003155", "4000000000003220",
        "4000000000000069", "4000000000000127", "4000000000000119", "4000000000000341", "4000000000000101",
        "4000000760000002", "4000001240000000", "4000004840008001", "4000000000000010", "4000000000000028",
        "4000000000000036", "4000000000000044", "4000000000000259", "4000000000003063", "4000008400001629",
        "4917610000000000", "4988438843884305", "4166676667666746", "4646464646464644", "4444333322221111",
        "4005519200000004", "4009348888881881", "4012000033330026", "4012000077777777", "4217651111111119",
        "4500600000000061", "4000111111111115", "4007000000027", "4012888818888", "4111111111111",
        "5555555555554444", "5200828282828210", "5105105105105100", "5454545454545454", "5424000000000015",
        "5100000000000008", "5500000000000004", "5431111111111111", "5555555555555557", "5555341244441115",
        "2223003122003222", "2223000048400011", "2222400010000008", "2720992720992720",
        "378282246310005", "371449635398431", "378734493671000", "370000000000002", "340000000000009",
        "341111111111111", "343434343434343", "371111111111114",
        "6011111111111117", "6011000990139424", "6011000000000004", "6011601160116611", "6445644564456445",
        "6011000991300009", "6011981111111113",
        "30569309025904", "38520000023237", "36227206271667", "36148900647913", "30000000000004",
        "3530111333300000", "3566002020360505", "3566111111111113", "3569990010095841",
        "6200000000000005", "6205500000000000004", "6250941006528599", "6243030000000001",
        "6759649826438453", "6799990100000000019", "5033000000000004",
    }
)

_DIGIT_RUN = re.compile(r"(?<![\w.])(\d(?:[ \-]?\d){11,18})(?![\w]|\.\d)")


def scheme(digits: str) -> str | None:
    """The card scheme whose IIN range and length fit, or None."""
    for name, ranges, lengths in _SCHEMES:
        if len(digits) not in lengths:
            continue
        for low, high, width in ranges:
            if len(digits) >= width and low <= int(digits[:width]) <= high:
                return name
    return None


def is_card_number(digits: str) -> bool:
    return 12 <= len(digits) <= 19 and scheme(digits) is not None and luhn(digits) and len(set(digits)) > 1


def is_test_number(digits: str) -> bool:
    return digits in TEST_NUMBERS


def mask_number(digits: str) -> str:
    """Last four digits kept, the rest starred: ************1111."""
    return mask_run(digits)


def _grouping_ok(raw: str) -> bool:
    """Separators, when present, must be used consistently (4-4-4-4, 4-6-5 and the like), so a phone
    number or a date followed by digits is not read as one card number."""
    seps = {c for c in raw if not c.isdigit()}
    if not seps:
        return True
    if len(seps) > 1:
        return False
    groups = [len(g) for g in re.split(r"[ \-]", raw)]
    return len(groups) >= 3 and all(3 <= g <= 6 for g in groups[:-1]) and 1 <= groups[-1] <= 7


def find_numbers(text: str) -> list[tuple[int, int, str]]:
    """Card-number candidates in text: (start, end, digits) of runs that pass scheme, length and Luhn."""
    found: list[tuple[int, int, str]] = []
    for m in _DIGIT_RUN.finditer(text):
        raw = m.group(1)
        digits = re.sub(r"\D", "", raw)
        if is_card_number(digits) and _grouping_ok(raw):
            found.append((m.start(1), m.end(1), digits))
    return found


_ANY_RUN = re.compile(r"\d(?:[ \-]?\d){11,}")


def mask_text(text: str) -> str:
    """Mask every Luhn-valid window of 12 to 19 digits inside any digit run, whatever its issuer: stricter
    than detection, because here a missed mask would leak a number (a card followed by more digits too)."""

    def repl(m: re.Match[str]) -> str:
        raw = m.group(0)
        positions = [i for i, c in enumerate(raw) if c.isdigit()]
        digits = "".join(raw[i] for i in positions)
        chars = list(raw)
        start = 0
        while start <= len(digits) - 12:
            for length in range(min(19, len(digits) - start), 11, -1):
                window = digits[start:start + length]
                if luhn(window) and len(set(window)) > 1:
                    for k in range(start, start + length - 4):
                        chars[positions[k]] = "*"
                    start += length
                    break
            else:
                start += 1
        return "".join(chars)

    return _ANY_RUN.sub(repl, text)
