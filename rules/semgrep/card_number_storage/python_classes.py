from rq import Queue, Retry

queue = Queue("payments")


def park_capture(p: SitePaymentIn) -> None:
    # ruleid: card-storage-python-queued-object
    queue.enqueue(charge_parked_capture, p.model_dump(), retry=Retry(max=6))
    # ok: card-storage-python-queued-object
    queue.enqueue(charge_parked_capture, p.job_id, retry=Retry(max=6))


def schedule_retry(card: SavedCardIn, delay) -> None:
    # ruleid: card-storage-python-queued-object
    queue.enqueue_in(delay, retry_charge, card)
    # ok: card-storage-python-queued-object
    queue.enqueue_in(delay, retry_charge, card.token)


def hold_for_review(order_id, payload):
    checkout = CheckoutIn(**payload)
    # ruleid: card-storage-python-queued-object
    review_task.delay(order_id, checkout.dict())
    # ruleid: card-storage-python-queued-object
    cache.set(f"checkout:{order_id}", json.dumps(checkout.model_dump()), timeout=600)
    # ok: card-storage-python-queued-object
    cache.set(f"checkout:{order_id}", checkout.order_ref, timeout=600)
