from django.db import models
from sqlalchemy import Column, String


class TourDeposit(PynamoModel):
    # ruleid: card-security-code-python-orm-field
    card_cvc = UnicodeAttribute(null=True)
    # ok: card-security-code-python-orm-field
    cvc_checked = BooleanAttribute(default=False)


class Payment(models.Model):
    # ruleid: card-security-code-python-orm-field
    cvv = models.CharField(max_length=4)
    # ruleid: card-security-code-python-orm-field
    cardCvc = models.IntegerField()
    # ruleid: card-security-code-python-orm-field
    card_security_code = EncryptedCharField(max_length=4)
    # ok: card-security-code-python-orm-field
    cvv_checked = models.BooleanField(default=False)
    # ok: card-security-code-python-orm-field
    cvc_check_result = models.CharField(max_length=10)
    # card-security-code-python-orm-field matches here and the record gate (scanner/code/records.py) drops it
    # ruleid: card-security-code-python-orm-field
    customer_cid = models.CharField(max_length=40)


class Card(Base):
    # ruleid: card-security-code-python-orm-field
    cvc2 = Column(String(4))
    # card-security-code-python-orm-field matches here and the record gate (scanner/code/records.py) drops it
    # ruleid: card-security-code-python-orm-field
    verification_code = Column(String(6))


class PaymentForm(forms.Form):
    # ok: card-security-code-python-orm-field
    cvv = forms.CharField(max_length=4)


def hold_deposit(body, cache, r):
    # ruleid: card-security-code-cache-write-python
    cache.setex(f"deposit:{body.renter_id}:cvc", 900, body.card.cvc.get_secret_value())
    # ruleid: card-security-code-cache-write-python
    r.set("pending-cvv", body.cvv)
    # ok: card-security-code-cache-write-python
    cache.setex(f"deposit:{body.renter_id}", 900, body.card.token)
    # ok: card-security-code-cache-write-python
    cache.set("cvc-checked", body.cvc is not None)


async def keep_card_step(redis_client, session_id, card):
    # ruleid: card-security-code-cache-write-python
    await redis_client.hset(f"card:{session_id}", mapping={"code": card["cvc"], "exp": card["exp"]})
    # ok: card-security-code-cache-write-python
    await redis_client.hset(f"card:{session_id}", mapping={"exp": card["exp"]})


def upgrade(op, sa, migrator, pw):
    # ruleid: card-security-code-python-migration-column
    op.add_column("orders", sa.Column("legacy_card_code", sa.String(length=4)))
    # ruleid: card-security-code-python-migration-column
    cards = sa.Table("cards", meta, sa.Column("cvv", sa.String(4)))
    # ok: card-security-code-python-migration-column
    op.add_column("members", sa.Column("gift_card_code", sa.String(length=12)))
    migrator.add_fields(
        "storedcard",
        # ruleid: card-security-code-peewee-migration-field
        cvc2=pw.CharField(max_length=4, null=True),
        # ok: card-security-code-peewee-migration-field
        expiry=pw.CharField(max_length=5),
    )


class SavedCard(BaseModel):
    # ruleid: card-security-code-python-orm-field
    cvc2 = CharField(max_length=4, null=True)


def export_retry_queue(cards, path):
    with open(path, "a") as fh:
        for card in cards:
            # ruleid: card-security-code-cache-write-python
            fh.write(f"{card.id}|{card.cvc2}|{card.expiry}\n")


def spool_failed_charge(row):
    with RETRY_SPOOL.open("a") as spool:
        # ruleid: card-security-code-cache-write-python
        spool.write(json.dumps({"id": row["id"], "cvc": row["card_cvc2"]}) + "\n")


def enqueue_charge(order, cvv):
    # ruleid: card-security-code-cache-write-python
    charge_card.delay(order.id, cvv)
    # ok: card-security-code-cache-write-python
    charge_card.delay(order.id)


import dramatiq


def enqueue_card_replacement(client_id, holder, number, expiry, cvc):
    # ruleid: card-security-code-cache-write-python
    replace_card_on_file.send(client_id, holder, number, expiry, cvc)
    # ok: card-security-code-cache-write-python
    replace_card_on_file.send(client_id, holder, expiry)
