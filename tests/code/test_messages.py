"""Personal data in exception messages and audit records (scanner.code.messages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.messages import AUDIT_RULE, CARD_RULE, EXCEPTION_RULE, Messages, personal


def _scan(rel: str, text: str) -> list[tuple[str, int]]:
    found = Messages()
    found.observe(rel, Path("/x") / rel, text)
    return [(m.rule_id, m.line) for m in found.found]


@pytest.mark.parametrize("rel, text", [
    ("views.py", 'raise BookingConflict(f"{student.first_name} ({student.email}) already booked")\n'),
    ("Ctl.java", 'throw new DuplicateCustomerException("exists: " + body.email() + " at " + body.postcode());\n'),
    ("c.rb", 'raise BookingClash, "#{customer.full_name} (#{customer.phone}) asked for #{date}"\n'),
    ("route.ts", "if (existing) throw new ConflictError(`client ${input.email} already registered`);\n"),
    ("C.php", 'throw new OrderRejected("oversize for {$customer->name} ({$customer->email})");\n'),
])
def test_exception_messages_built_from_personal_data(rel: str, text: str) -> None:
    assert _scan(rel, text) == [(EXCEPTION_RULE, 1)]


def test_the_line_reported_is_where_the_value_is_written() -> None:
    text = "raise PackageUnavailable(\n    f\"no package for {client.email}\",\n)\n"
    assert _scan("a.py", text) == [(EXCEPTION_RULE, 2)]


@pytest.mark.parametrize("text", [
    'raise HTTPBadRequest(json_body={"error": "email required"})\n',  # the message's words, no value
    "raise NotFound(f\"booking {booking.id} not found\")\n",
    "throw new Error(`order ${order.id} failed`);\n",
])
def test_messages_without_personal_values(text: str) -> None:
    assert _scan("a.py", text) == []


def test_audit_helpers() -> None:
    assert _scan("a.go", 'logging.Audit(ctx, "homeowner.create", map[string]any{"id": id, "email": h.Email})\n') == [(AUDIT_RULE, 1)]
    assert _scan("b.rb", "AuditLog.record(:customer_created, actor: customer.id, phone: customer.phone)\n") == [(AUDIT_RULE, 1)]
    assert _scan("c.py", 'audit("payment.keyed", payment_id=p.id, last4=number[-4:])\n') == []
    assert _scan("d.py", "def audit(event, **fields):\n    pass\n") == []


def test_tests_are_left_out() -> None:
    assert _scan("tests/test_views.py", 'raise AssertionError(f"{user.email}")\n') == []
    assert personal("x = user.email") is not None


@pytest.mark.parametrize("text", [
    "throw new errors.NotFoundError({\n  message: tpl(messages.noUserWithEnteredEmailAddr),\n});\n",  # a message's name
    "raise OrderError(\n  code=OrderErrorCode.ORDER_NO_SHIPPING_ADDRESS,\n)\n",  # a constant
    "raise ValidationError(\n  f\"'{phone}' is not a valid phone number.\")\n",  # answers the user, not logged
    "throw new errors.NotFoundError({ message: `Member with email address ${email} does not exist` });\n",  # a 404
    "if (existing) throw new HttpError(409, `client ${input.email} already registered`);\n",  # an HTTP answer
])
def test_catalogue_entries_constants_and_validation_errors(text: str) -> None:
    assert _scan("a.py", text) == []


@pytest.mark.parametrize("rel, text, line", [
    ("billing.py", 'raise PaymentDeclined(f"keyed charge declined card {card[\'number\']}")\n', 1),
    ("gateway.rb", 'raise Declined, "authorisation declined for booking #{booking.id} card #{number} (#{res[\'code\']})"\n', 1),
    ("gateway.go", 'return &out, fmt.Errorf("deposit declined for card %s exp %s: %s", card.Number, card.Expiry, out.Reason)\n', 1),
    ("Pay.java", 'throw new CardDeclinedException("deposit declined, card " + card.cardNumber() + " (" + code + ")");\n', 1),
])
def test_exception_messages_built_from_card_data(rel: str, text: str, line: int) -> None:
    assert [r for r in _scan(rel, text) if r[0] == CARD_RULE] == [(CARD_RULE, line)]


@pytest.mark.parametrize("text", [
    'raise Declined, "booking #{booking.id} declined: order #{number}"\n',  # a number with no card beside it
    'raise Declined, "card ending #{card.last4} declined"\n',
    'return fmt.Errorf("charge %s declined", charge.ID)\n',
    # an exception class's own message is judged where the exception is logged (its message read there)
    "export class HoldDeclined extends Error {\n  constructor(card: CardInput) {\n    super(`hold declined (${card.cvc})`);\n  }\n}\n",
])
def test_card_free_messages(text: str) -> None:
    assert [r for r in _scan("a.rb", text) if r[0] == CARD_RULE] == []


def test_a_person_records_change_set_in_an_audit_record() -> None:
    assert _scan("c.rb", 'AuditLog.record("patron.updated", actor: "web", changes: patron.saved_changes)\n') == [(AUDIT_RULE, 1)]
    assert _scan("c.rb", 'AuditLog.record("show.updated", actor: "web", changes: show.saved_changes)\n') == []


def test_masked_and_non_card_numbers_in_messages() -> None:
    assert _scan("c.php", "throw new RenewalFailed(sprintf('plan %d (%s)', $plan->id, AuditLog::maskPan($plan->cardNumber)));\n") == []
    assert _scan("a.ts", 'throw new Error(`card removed, ${Number(deleted.rows)} rows`);\n') == []
    # an audit helper may mask card fields itself: only exception messages are read for card data
    assert _scan("v.py", 'audit("deposit.taken", deposit_id=deposit.id, card_number=req.card_number)\n') == []


@pytest.mark.parametrize("rel, text", [
    ("C.php", "throw new \\DomainException(sprintf('Skater %s (%s) already registered', $data['full_name'], $data['email']));\n"),
    ("c.rb", 'raise Clash, "clash for #{params[:phone]}"\n'),
])
def test_values_read_by_key_in_messages(rel: str, text: str) -> None:
    assert _scan(rel, text) == [(EXCEPTION_RULE, 1)]


def test_a_persons_whole_record_handed_to_an_audit_helper() -> None:
    assert _scan("A.java", 'Audit.record("patron.created", patron);\n') == [(AUDIT_RULE, 1)]
    assert _scan("P.php", "<?php\nAudit::record('player.registered', $player->cast());\n") == [(AUDIT_RULE, 2)]
    assert _scan("B.java", 'Audit.record("patron.updated", patron.getId());\naudit.log("order.paid", order);\n') == []
