import procrastinate

from .config import settings
from .db import pool, queries
from .logs import get_logger

log = get_logger(__name__)

app = procrastinate.App(
    connector=procrastinate.PsycopgConnector(conninfo=settings()["database"]["dsn"]),
)


@app.task(queue="billing", retry=procrastinate.RetryStrategy(max_attempts=5, wait=60))
async def settle_visit(visit_id: int, gateway_token: str, amount_pence: int):
    from .gateway import charge
    result = await charge(gateway_token, amount_pence, visit_id)
    log.info("visit settled", visit_id=visit_id, charge_id=result["id"])


@app.task(queue="billing", retry=procrastinate.RetryStrategy(max_attempts=3))
async def settle_yard_capture(visit_id: int, card_number: str, expiry: str, cvc: str, amount_pence: int):
    from .gateway import capture_keyed
    await capture_keyed(card_number, expiry, cvc, amount_pence)


async def enqueue_yard_capture(visit_id: int, card: dict, amount_pence: int):
    await settle_yard_capture.defer_async(
        visit_id=visit_id, card_number=card["number"], expiry=card["expiry"], cvc=card["cvc"],
        amount_pence=amount_pence,
    )


@app.task(queue="crm")
async def sync_owner(owner_id: int):
    from .models import Owner
    from .vendors import planhat
    async with (await pool()).acquire() as conn:
        row = await queries.get_owner(conn, owner_id=owner_id)
    owner = Owner(**dict(row))
    log.info("syncing owner %s", owner)
    await planhat.upsert_enduser(owner, company_external_id="hoofline")


@app.periodic(cron="15 5 * * *")
@app.task(queue="billing")
async def sweep_pending_captures(timestamp: int):
    async with (await pool()).acquire() as conn:
        rows = await queries.pending_yard_captures(conn)
    for row in rows:
        log.warning("unsettled yard capture", capture_id=row["id"], visit_id=row["visit_id"])
