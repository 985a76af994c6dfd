"""Card data given to a background job or a message queue (scanner.code.jobargs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.jobargs import CACHE_CODE_RULE, CACHE_NUMBER_RULE, CODE_RULE, NUMBER_RULE, JobArgs

BOTH = sorted([(NUMBER_RULE, 1), (CODE_RULE, 1)])


def _scan(rel: str, text: str) -> list[tuple[str, int]]:
    found = JobArgs()
    found.observe(rel, Path("/x") / rel, text)
    return sorted((m.rule_id, m.line) for m in found.found)


@pytest.mark.parametrize("rel, text", [
    ("routes.py", 'await charge_with_card.kiq(adoption.id, body["card"]["number"], body["card"]["cvc"])\n'),
    ("views.py", "capture_deposit.delay(deposit.id, req.card_number, req.cvc, req.amount_cents)\n"),
    ("tasks.py", 'charge.apply_async(args=[order.id], kwargs={"pan": number, "cvv": code})\n'),
    ("app.rb", 'Publisher.publish("gate_holds", booking_id: b.id, number: card["number"], cvv: card["cvv"])\n'),
    ("c.rb", "ChargeJob.perform_later(order.id, params[:card_number], params[:card_cvc])\n"),
    ("p.go", '_, _ = a.Enqueuer.Enqueue("retry", work.Q{"id": in.ID, "pan": in.Card.Number, "cvc": in.Card.CVC})\n'),
    ("B.java", "jobs.scheduleCapture(b.getLongId(), form.cardNumber(), form.cvc(), form.expiry());\n"),
    ("s.js", "await boss.send('capture', { pan: deposit.get('pan'), cvv: deposit.get('cvv') });\n"),
    ("q.ts", "await depositQueue.add('capture', { bookingId: b.id, cardNo: card.cardNumber, cvc: card.cardCode });\n"),
    ("A.php", "$this->queue->put(json_encode(['id' => $id, 'pan' => $data['card_number'], 'cvv' => $data['cvv']]));\n"),
    # a container of the card's fields names the card: card_params[:number]
    ("e.rb", "TourDepositJob.perform_async(guardian.id, card_params[:number], card_params[:cvc])\n"),
    ("C.php", "$this->bus->dispatch(new RetryPayment($ref, $card->number, $card->cvc));\n"),
    ("L.php", "ChargeCardJob::dispatch($order->id, $request->input('card_number'), $request->input('cvv'));\n"),
    ("D.php", "\\Drupal::queue('rent_capture')->createItem(['hid' => $hid, 'pan' => $pan, 'cvc' => $cvc]);\n"),
])
def test_card_data_given_to_a_job(rel: str, text: str) -> None:
    assert _scan(rel, text) == BOTH


@pytest.mark.parametrize("rel, text, lines", [
    ("r.go", "_, err = s.River.Insert(ctx, jobs.CaptureArgs{\n\tCardNumber: in.Card.Number,\n\tCVC: in.Card.CVC,\n}, nil)\n",
     (2, 3)),
    ("h.py", "retry_payment.schedule(\n    args=(visit.id, card.number, card.expiry, card.cvc),\n    delay=900,\n)\n", (2, 2)),
])
def test_a_job_written_on_several_lines_is_reported_where_the_card_data_goes_in(rel: str, text: str,
                                                                                lines: tuple[int, int]) -> None:
    assert _scan(rel, text) == sorted([(NUMBER_RULE, lines[0]), (CODE_RULE, lines[1])])


def test_one_kind_only() -> None:
    assert _scan("a.py", "refund.delay(order.id, card_number)\n") == [(NUMBER_RULE, 1)]


def test_a_payload_built_just_above() -> None:
    text = ("payload = {\n    'order': order.id,\n    'pan': form['pan'],\n    'cvv': form['cvv'],\n}\n"
            "redis.rpush('pending', json.dumps(payload))\n")
    # reported where each value is put in the payload: where it is fixed
    assert _scan("a.py", text) == sorted([(CODE_RULE, 4), (NUMBER_RULE, 3)])
    # a model built from the card and saved is not the payload: the job gets what the model serialises to
    model = "payment = Payment(card_number=number, card_cvc=cvc)\ndb.add(payment)\nenqueue_capture(payment)\n"
    assert _scan("a.py", model) == []


def test_a_message_object_named_like_a_measure_still_carries_the_card() -> None:
    # Symfony Messenger: a message class whose name holds "Count" is no count() of the card
    text = ("$this->bus->dispatch(new ChargeCounterPayment($payment->getId(), $card['number'], $card['cvc'] ?? null));\n"
            "$this->bus->dispatch(new CardCheck(count($card), strlen($card['number'])));\n")
    assert _scan("A.php", text) == sorted([(CODE_RULE, 1), (NUMBER_RULE, 1)])


def test_a_whole_card_whose_number_the_file_reads() -> None:
    text = ("$data = (array) $request->getParsedBody();\n"
            "$this->queue->put(json_encode(['appointment' => $id, 'card' => $data['card']]));\n"
            "$this->log->info('queued for ' . substr($data['card']['number'], -4));\n")
    assert _scan("A.php", text) == sorted([(CODE_RULE, 2), (NUMBER_RULE, 2)])


@pytest.mark.parametrize("rel, text", [
    ("a.py", "await charge.kiq(adoption.id, stored.gateway_token)\n"),
    ("a.rb", 'Publisher.publish("holds", booking_id: b.id, card_token: t, last4: card["number"].to_s[-4..])\n'),
    ("a.js", "await boss.send('capture', { depositId: row.id, last4: number.slice(-4) });\n"),
    ("a.go", '_, _ = a.Enqueuer.Enqueue("upload", work.Q{"cab_payment_id": cp.ID, "last4": last4(in.Card.Number)})\n'),
    ("A.php", "$this->queue->put(json_encode(['fee_card_id' => $feeId, 'masked' => mask($card['number'])]));\n"),
    ("a.py", "capture.delay(payment.id, card_last4=payment.card_last4, token=payment.card_token)\n"),
])
def test_tokens_last_four_and_ids(rel: str, text: str) -> None:
    assert _scan(rel, text) == []


@pytest.mark.parametrize("rel, text", [
    ("A.java", "cards.add(form.cardNumber());\n"),  # a list
    ("B.java", 'params.put("cvc", form.cvc());\n'),  # a map
    ("c.js", "res.send({ pan: card.pan, cvv: card.cvv });\n"),  # an HTTP response
    ("d.rb", "mailer.send(number: card[:number], cvv: card[:cvv])\n"),  # not a queue
    ("e.py", "session.add(Card(card_number=number, cvv=cvv))\n"),  # an ORM session: the storage rules' business
    ("f.ts", "async enqueue(pan: string, cvv: string): Promise<void> {\n"),  # a declaration
    ("G.java", "Mono<Integer> enqueue(String kiosk, String pan, String cvn);\n"),
    ("h.py", "def enqueue_charge(pan, cvv):\n"),
])
def test_no_queue_or_no_call(rel: str, text: str) -> None:
    assert _scan(rel, text) == []


def test_a_wrapper_passing_on_its_parameters_is_reported_at_its_callers() -> None:
    text = ("  public void scheduleCapture(long id, String pan, String cvc) {\n"
            "    scheduler.schedule(capture.instance(\"bo-\" + id, new CaptureData(id, pan, cvc)), Instant.now());\n"
            "  }\n")
    assert _scan("Jobs.java", text) == []


def test_tests_and_comments_are_left_out() -> None:
    assert _scan("tests/test_jobs.py", 'charge.delay(card_number="4111", cvv="123")\n') == []
    assert _scan("a.py", "# charge.delay(card_number, cvv)\n") == []


def test_messages_name_no_card_number() -> None:
    found = JobArgs()
    found.observe("a.py", Path("/x/a.py"), "charge.delay(card_number='4242424242424242', cvv='123')\n")
    assert found.found and all("4242" not in m.message for m in found.found)
    assert {m.metadata["category"] for m in found.found} == {"card_number_storage", "card_security_code_storage"}


@pytest.mark.parametrize("rel, text, rules", [
    ("views.py", 'cache.set(f"retry:{c.id}", {"pan": data["card_number"], "exp": data["exp"]}, 3600)\n',
     [CACHE_NUMBER_RULE]),
    ("c.rb", 'pan = card[:number]\nRails.cache.write("hold-retry:#{b.id}", card, expires_in: 1.hour)\n',
     [CACHE_CODE_RULE, CACHE_NUMBER_RULE]),
    ("D.php", "<?php\n$n = $card['number'];\nCache::put(\"deposit:{$id}:card\", $card, now()->addHour());\n",
     [CACHE_CODE_RULE, CACHE_NUMBER_RULE]),
    # a key-value store written through a chain that starts on it (Deno KV's atomic operations)
    ("src/kv.ts", 'await kv.atomic()\n  .set(["manual_cards", id], { pan, cvc, expiry })\n  .commit();\n'
     'await kv.atomic()\n  .set(["quotes", id], { amountPence })\n  .commit();\n', [CACHE_CODE_RULE, CACHE_NUMBER_RULE]),
])
def test_card_data_written_to_a_cache(rel: str, text: str, rules: list[str]) -> None:
    assert sorted(r for r, _ in _scan(rel, text)) == sorted(rules)


@pytest.mark.parametrize("rel, text", [
    ("c.rb", 'Rails.cache.write("hold:#{b.id}", { last4: card[:number].last(4), ref: result["id"] })\n'),
    ("D.php", "<?php\nCache::put('hold:'.$hold->id, ['last4' => $hold->card_last4]);\n"),
    ("v.py", 'settings_cache = {}\nsettings_cache.set("theme", card_theme)\n'),
    ("s.js", "redis.set(`session:${id}`, JSON.stringify({ pan: undefined, last4 }));\n"),  # a member cleared
])
def test_safe_cache_writes(rel: str, text: str) -> None:
    assert _scan(rel, text) == []


def test_a_long_generated_line_takes_linear_time() -> None:
    """A base64 line of many kilobytes (an inlined source map) in a file that queues jobs: nothing found, and fast."""
    import time

    blob = "//# sourceMappingURL=data:application/json;base64," + "eyJ2ZXJzaW9uIjozLCJuYW1lcyI6WyJjYXJk" * 2000
    text = f"const card = body.card;\nqueue.add('charge', {{ id: order.id }});\n{blob}=\n"
    start = time.process_time()
    assert _scan("a.js", text) == []
    assert time.process_time() - start < 5


def test_a_queue_taken_by_name_from_its_factory() -> None:
    text = ("<?php\n$this->queues->get('default')->push(new RetryChargeJob($b->id, $card['number'], $card['cvc']), 60);\n"
            "$this->queue->push('settle', ['booking_id' => $b->id, 'cvc' => $data['card']['cvc']]);\n"
            "$this->cache->get('rates')->push($card['number']);\n")
    # (a cache's own `get(...)` hands out no queue)
    assert sorted(_scan("app/Controller/BookingController.php", text)) == sorted([
        (CODE_RULE, 2), (CODE_RULE, 3), (NUMBER_RULE, 2)])


def test_a_go_redis_stream_entry() -> None:
    text = ('func (h *Handler) Hold(ctx context.Context, req HoldRequest) error {\n'
            '\treturn h.rdb.XAdd(ctx, &redis.XAddArgs{Stream: "holds", Values: map[string]any{"pan": req.CardNumber}}).Err()\n}\n')
    assert _scan("internal/handlers/holds.go", text) == [(NUMBER_RULE, 2)]
