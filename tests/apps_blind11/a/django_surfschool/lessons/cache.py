from dataclasses import asdict

from django.core.cache import cache

PENDING_TTL = 60 * 60 * 6


def cache_pending_deposit(deposit_id: int, req) -> None:
    cache.set(f"deposit:pending:{deposit_id}", asdict(req), PENDING_TTL)


def cache_card_hint(student_id: int, brand: str, last4: str) -> None:
    cache.set(f"student:{student_id}:card_hint", {"brand": brand, "last4": last4}, PENDING_TTL)


def cache_voucher_balance(voucher_code: str, balance_cents: int) -> None:
    cache.set(f"voucher:{voucher_code}", balance_cents, 300)
