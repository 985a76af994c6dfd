"""Payloads built above a log call and logged whole (scanner.code.builtlogs): what was put in the variable decides
the category; members, other calls, hashed values and test code are not the payload."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.builtlogs import CARD_RULE, PII_RULE, BuiltLogs
from scanner.code.filelines import FileLines


def _scan(tmp_path: Path, rel: str, text: str) -> list[tuple[int, str]]:
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    logs = BuiltLogs()
    logs.observe(rel, path, text)
    found = logs.matches(FileLines())
    assert all(m.rule_id in (CARD_RULE, PII_RULE) for m in found)
    return sorted((m.line, str(m.metadata["category"])) for m in found)


@pytest.mark.parametrize("rel, text, expected", [
    ("Zapline.php", "<?php\nfunction charge(array $card) {\n    $payload = [\n        'amount' => 100,\n"
                    "        'card' => ['pan' => $card['pan'], 'cvc' => $card['cvc']],\n    ];\n"
                    "    Logger::channel('zapline')->debug('charge request ' . json_encode($payload));\n}\n",
     [(7, "card_data_logging")]),
    ("Client.java", "public Promise<JsonNode> tokenise(CardForm form) {\n    ObjectNode body = JSON.createObjectNode();\n"
                    "    body.put(\"pan\", form.cardNumber);\n    body.put(\"holder\", form.cardholder);\n"
                    "    log.debug(\"tokenise body={}\", body);\n}\n",
     [(5, "card_data_logging")]),
    ("tympani.go", "func (c *Clients) Authorise(ctx context.Context, card CardInput) error {\n"
                   "\tpayload := map[string]any{\n\t\t\"card\": map[string]string{\"number\": card.Number, \"cvv\": card.CVV},\n"
                   "\t}\n\tlogger.Debug(\"authorise\", \"payload\", payload)\n}\n",
     [(5, "card_data_logging")]),
    ("billing.rb", "def enrol!(card:)\n  payload = { customer: { name: @guardian.full_name, email: @guardian.email } }\n"
                   "  payload[:card] = { number: card[:number], cvc: card[:cvc] }\n"
                   "  Rails.logger.debug(\"enrol payload #{payload.inspect}\")\nend\n",
     [(4, "card_data_logging"), (4, "pii_logging")]),
    ("crm.py", "def push(client):\n    body = {\"email\": client.email, \"plan\": client.plan}\n"
               "    log.info(\"crm push %s\", json.dumps(body))\n",
     [(3, "pii_logging")]),
    # a decoded message or form logged whole, its personal keys read in the same function
    ("signups_consumer.rb", "def consume\n  messages.each do |message|\n    data = message.payload\n"
                            "    log.info(\"signup received\", data)\n"
                            "    Farmer.create(full_name: data[\"full_name\"], email: data[\"email\"])\n  end\nend\n",
     [(4, "pii_logging")]),
    ("PatronController.php", "<?php\nfunction create() {\n    $data = Flight::request()->data->getData();\n"
                             "    Log::info('patron signup', $data);\n    $x = R::findOne('patron', 'email = ?', [$data['email']]);\n}\n",
     [(4, "pii_logging")]),
])
def test_payloads_logged_whole(tmp_path: Path, rel: str, text: str, expected: list[tuple[int, str]]) -> None:
    assert _scan(tmp_path, rel, text) == expected


@pytest.mark.parametrize("rel, text", [
    # a member, a count, a hashed value: not what was put in
    ("a.py", "def push(client):\n    body = {\"email\": client.email}\n    log.info(\"keys %s\", body.keys())\n"
             "    log.info(\"size %d\", len(body))\n"),
    ("b.py", "def push(client):\n    body = {\"email\": sha256(client.email)}\n    log.info(\"crm push %s\", body)\n"),
    ("c.py", "def push(client):\n    body = {\"plan\": client.plan, \"id\": client.id}\n    log.info(\"crm push %s\", body)\n"),
    ("tests/test_push.py", "def test_push(client):\n    body = {\"email\": client.email}\n    log.info(\"%s\", body)\n"),
    # keys read from it that hold nothing personal; a key read in another function
    ("e.rb", "def consume(message)\n  data = message.payload\n  log.info(\"event\", data)\n"
             "  Booking.find(data[\"booking_id\"]).update!(flock: data[\"flock_size\"])\nend\n"
             "def other(data)\n  data[\"email\"]\nend\n"),
    # an exception logged by name is the exception's business (scanner.code.caught)
    ("d.js", "function setup(email) {\n  const err = new ValidationError({ context: email });\n  logging.error(err);\n}\n"),
])
def test_what_is_not_a_logged_payload(tmp_path: Path, rel: str, text: str) -> None:
    assert _scan(tmp_path, rel, text) == []
