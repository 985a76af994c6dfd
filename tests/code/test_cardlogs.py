"""Containers holding card data, logged whole (scanner.code.cardlogs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.cardlogs import RULE, CardLogs


def _lines(rel: str, text: str) -> list[int]:
    found = CardLogs()
    found.observe(rel, Path("/x") / rel, text)
    assert all(m.rule_id == RULE and m.metadata["category"] == "card_data_logging" for m in found.found)
    return [m.line for m in found.found]


@pytest.mark.parametrize("rel, text, line", [
    ("a.py", 'async def adopt(request):\n    body = request.json()\n    await charge.kiq(body["card"]["number"])\n'
             '    logger.info("queued card=%s", body["card"])\n', 4),
    ("w.js", "const { payments } = require('../lib/logger');\nboss.work('capture', async ([job]) => {\n"
             "  const { pan, cvv, amount } = job.data;\n  payments.error(`capture failed ${job.id}`, job.data);\n});\n", 4),
    ("w.go", "func (c *Context) Retry(job *work.Job) error {\n\tcard := Card{Number: job.ArgString(\"pan\")}\n"
             "\tlogging.Root.Error(\"retry failed\", \"args\", job.Args)\n}\n", 3),
    ("app.rb", 'post "/bookings" do\n  card = @body["card"]\n  Hold.create(number: card["number"])\n'
               '  Hawkwalk.logger.info("card hold queued", booking: b.id, card: card)\nend\n', 4),
    ("w.rb", "def work(msg)\n  data = JSON.parse(msg)\n  Gateway.authorize(cvv: data[\"cvv\"])\n"
             "  logger.warn(\"declined #{msg}\")\nend\n", 4),
    ("f.php", "foreach ($cards->uncharged() as $row) {\n    $gw->charge(['number' => $row['card_number']]);\n"
              "    $log->error('fee card declined', $row);\n}\n", 3),
    ("a.php", "public function phoneFee($request) {\n    $data = (array) $request->getParsedBody();\n"
              "    $this->log->info('queued for card ' . $data['card']['number']);\n}\n", 3),
    ("s.js", "const payments = signale.scope('payments');\nasync handler(ctx) {\n"
             "  const { member_id, number, cvv } = ctx.params;\n  payments.await(`hold for ${member_id} card ${number}`);\n}\n", 4),
    ("B.java", "public Map<String, Object> book(Map<String, Object> body) {\n  var pan = body.get(\"pan\");\n"
               "  log.info(\"booking {}\", body);\n}\n", 3),
    ("b.php", "public function book($request) {\n    $data = (array) $request->getParsedBody();\n"
              "    $this->log->debug('booking request', $data);\n    $card = $data['card'];\n"
              "    $this->gateway->charge($card['number']);\n}\n", 3),  # read after the log, in the same function
    ("w.rb", "def self.perform(invoice_id, number, cvc)\n  Gateway.charge(number: number, cvc: cvc)\n"
             "rescue Declined => e\n  Padrino.logger.error(\"retry failed card #{number}: #{e.code}\")\nend\n", 4),
    ("p.php", "public function charge(array $row) {\n    $pan = $row['card_number'];\n"
              "    Log::channel('payments')->debug('charge request', $row);\n}\n", 3),
])
def test_containers_read_as_card_data_and_logged(rel: str, text: str, line: int) -> None:
    assert _lines(rel, text) == [line]


@pytest.mark.parametrize("rel, text", [
    # masked, cut, filtered or only tested
    ("a.js", "const { number, cvc } = ctx.params;\npayments.info(`card vaulted ${mask(number)}`);\n"),
    ("a.rb", 'card = @body["card"]\nlogger.info("booked", last4: card && card["number"].to_s[-4..])\n'),
    ("a.php", "$n = $row['card_number'];\n$log->error('declined', Arr::except($row, ['card_number']));\n"),
    ("a.py", 'pan = body["card"]["number"]\nlogger.info("card fields=%d", len(body["card"]))\n'),
    ("a.js", "const { pan } = job.data;\nlogger.info('job', _.omit(job.data, ['pan']));\n"),
    ("b.php", "$pan = $row['card_number'];\nunset($row['card_number']);\n$log->error('declined', $row);\n"),
    ("c.py", 'pan = data["pan"]\ndata["pan"] = mask(pan)\nlogger.info("data=%s", data)\n'),
    ("d.py", 'pan = data.pop("pan")\nlogger.info("data=%s", data)\n'),
    ("e.rb", 'n = card["number"]\nlogger.info("card given", present: !card, kind: card ? "card" : "none")\n'),
    # members read by attribute: the class decides what prints (SecretStr, a record's own toString, redact paths)
    ("b.py", 'card = PhoneCardIn.model_validate(payload["card"])\ngw.charge(card.number)\nlog.info("card=%r", card)\n'),
    ("B.java", "gateway.vault(form.cardNumber(), form.cvc());\nlog.error(\"vault failed for {}\", form);\n"),
    # the container holds no card member the function reads
    ("c.py", 'token = body["card_token"]\nlogger.info("body=%s", body)\n'),
    # a value named for card data is the language rules' to judge
    ("d.py", 'logger.warning("rejected PAN %s", pan_number)\n'),
    # no logger
    ("e.js", "const { pan } = job.data;\nres.send(job.data);\n"),
    ("f.py", 'pan = row["pan"]\ncatalog.info(row)\n'),
])
def test_safe_look_alikes(rel: str, text: str) -> None:
    assert _lines(rel, text) == []


def test_tests_and_comments_are_left_out() -> None:
    text = 'pan = row["pan"]\nlogger.info("row=%s", row)\n'
    assert _lines("a.py", text) == [2]
    assert _lines("tests/test_a.py", text) == []
    assert _lines("a.py", 'pan = row["pan"]\n# logger.info("row=%s", row)\n') == []


def test_a_long_generated_line_takes_linear_time() -> None:
    """An inlined source map (one base64 line of many kilobytes) under a log call: nothing found, and fast."""
    import time

    blob = "//# sourceMappingURL=data:application/json;base64," + "eyJ2ZXJzaW9uIjozLCJuYW1lcyI6WyJjYXJk" * 2000
    text = f'function f(card) {{\n  const pan = card["pan"];\n  logger.info("ok");\n}}\n{blob}\n'
    start = time.process_time()
    assert _lines("a.js", text) == []
    assert time.process_time() - start < 5
