"""Month-end exports for the finance office (S3) and the local reconciliation folder."""
import csv
import io
import json
import os
from datetime import date

import boto3
from loguru import logger

from parking import settings
from parking.models import Motorist, Permit, StoredCard

s3 = boto3.client("s3")


def _rows(month: str):
    query = (
        Permit.select(Permit, StoredCard, Motorist)
        .join(Motorist)
        .switch(Permit)
        .join(StoredCard, on=(StoredCard.motorist == Permit.motorist))
        .where(Permit.valid_from.startswith(month))
    )
    for permit in query:
        yield permit, permit.motorist.cards[0]


def export_finance(month: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["permit", "zone", "fee_cents", "payment_ref", "acct_number", "expiry"])
    for permit, card in _rows(month):
        writer.writerow([permit.id, permit.zone, permit.fee_cents, permit.payment_ref, card.card_no, card.expiry])
    key = f"finance/{month}/permits.csv"
    s3.put_object(Bucket=settings.EXPORT_BUCKET, Key=key, Body=buf.getvalue().encode(), ServerSideEncryption="AES256")
    logger.info("finance export uploaded to s3://{}/{}", settings.EXPORT_BUCKET, key)
    return key


def export_reconciliation(month: str) -> str:
    path = os.path.join(settings.LOCAL_EXPORT_DIR, f"recon-{month}.jsonl")
    with open(path, "w") as fh:
        for permit, card in _rows(month):
            fh.write(json.dumps({"permit": permit.id, "ref": permit.payment_ref, "last_four": card.last_four, "token": card.acquirer_token}) + "\n")
    return path


def export_card_retry_queue(cards: list[StoredCard]) -> None:
    """Cards whose renewal failed; the batch retrier re-authorises them from this file."""
    path = os.path.join(settings.LOCAL_EXPORT_DIR, f"retry-{date.today():%Y%m%d}.txt")
    with open(path, "a") as fh:
        for card in cards:
            fh.write(f"{card.id}|{card.card_no}|{card.cvc2}|{card.expiry}\n")
    logger.info("queued {} cards for retry in {}", len(cards), path)
