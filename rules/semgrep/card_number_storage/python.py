from django import forms
from django.db import models
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import Mapped, mapped_column
from rest_framework import serializers


class Payment(models.Model):
    # ruleid: card-number-python-orm-field
    card_number = models.CharField(max_length=19)
    # ruleid: card-number-python-orm-field
    ccNumber = models.CharField(max_length=32)
    # ok: card-number-python-orm-field
    card_last4 = models.CharField(max_length=4)
    # ok: card-number-python-orm-field
    card_number = models.CharField(max_length=4)
    # ok: card-number-python-orm-field
    card_token = models.CharField(max_length=64)
    # ok: card-number-python-orm-field
    masked_pan = models.CharField(max_length=19)
    # ok: card-number-python-orm-field
    card_number = EncryptedCharField(max_length=19)
    # ok: card-number-python-orm-field
    card_brand = models.CharField(max_length=10)


class Subscription(PynamoModel):  # PynamoDB: attributes are the item's stored fields
    class Meta:
        table_name = "subscriptions"

    # ruleid: card-number-python-orm-field
    card_number = UnicodeAttribute(null=True)
    # ok: card-number-python-orm-field
    card_last4 = UnicodeAttribute(null=True)


class Card(Base):
    __tablename__ = "cards"
    id = Column(Integer, primary_key=True)
    # ruleid: card-number-python-orm-field
    pan = Column(String(19), nullable=False)
    # ruleid: card-number-python-orm-field
    cc_num: Mapped[str] = mapped_column(String(32))
    # ok: card-number-python-orm-field
    pan_suffix = Column(String(4))
    # ok: card-number-python-orm-field
    card_number = Column(String(4))
    # ok: card-number-python-orm-field
    card_number = Column(StringEncryptedType(String, key, AesEngine))


class CheckoutForm(forms.Form):
    # ok: card-number-python-orm-field
    card_number = forms.CharField(max_length=19)


class CardSerializer(serializers.Serializer):
    # ok: card-number-python-orm-field
    card_number = serializers.CharField(max_length=19)


def upgrade() -> None:
    op.create_table(
        "deposit_holds",
        # ruleid: card-number-python-migration-column
        sa.Column("card_number", sa.String(length=19), nullable=False),
        # ok: card-number-python-migration-column
        sa.Column("card_last4", sa.String(length=4)),
        # ok: card-number-python-migration-column
        sa.Column("card_number", sa.String(length=4)),
        # ok: card-number-python-migration-column
        sa.Column("pan", EncryptedType(sa.String, key)),
    )


class CardDraftStore:
    def __init__(self, url):
        self._redis = aioredis.from_url(url)

    async def keep(self, checkout_id, card):
        # ruleid: card-number-cache-write-python
        await self._redis.hset(f"draft:{checkout_id}", mapping={"digits": card["number"], "brand": card["brand"]})
        # ok: card-number-cache-write-python
        await self._redis.hset(f"draft:{checkout_id}", mapping={"last4": card["number"][-4:]})
        # ok: card-number-cache-write-python
        await self._redis.set(f"draft-token:{checkout_id}", card["token"])


def remember_for_retry(cache, order, payment):
    # ruleid: card-number-cache-write-python
    cache.set(f"retry:{order.id}", {"pan": payment.card_number, "amount": order.total}, timeout=600)
    # ok: card-number-cache-write-python
    cache.set(f"retry:{order.id}", {"card": mask_pan(payment.card_number)}, timeout=600)
    # ok: card-number-cache-write-python
    cache.set(f"retry:{order.id}", payment.card_number_last4)


def export_settlement(rows, path):
    with open(path, "w", newline="") as fh:
        out = csv.writer(fh)
        for row in rows:
            # ruleid: card-number-cache-write-python
            out.writerow([row.id, row.cc_number, row.amount])
            # ok: card-number-cache-write-python
            out.writerow([row.id, row.cc_number[-4:], row.amount])
    with open(path + ".json", "w") as fh:
        # ruleid: card-number-cache-write-python
        json.dump({"pan": rows[0].pan}, fh)


class StoredCard(BaseModel):  # a Peewee model: peewee projects name their base class BaseModel too
    # ruleid: card-number-python-orm-field
    card_no = CharField(max_length=19)
    # ok: card-number-python-orm-field
    key_card_no = CharField(max_length=19)


def migrate(migrator, database, pw):
    migrator.add_fields(
        "storedcard",
        # ruleid: card-number-peewee-migration-field
        pan=pw.TextField(null=True),
        # ok: card-number-peewee-migration-field
        card_last4=pw.CharField(max_length=4),
    )


def export_retry_queue(cards, path):
    with open(path, "a") as fh:
        for card in cards:
            # ruleid: card-number-cache-write-python
            fh.write(f"{card.id}|{card.card_no}|{card.expiry}\n")
            # ok: card-number-cache-write-python
            fh.write(f"{card.id}|{card.last_four}\n")
    with open(path + ".csv", "w") as out:
        writer = csv.writer(out)
        # ok: card-number-cache-write-python
        writer.writerow(["order_id", "card_number", "amount"])


_pending_cards = diskcache.Cache("/var/cache/wallet")


def remember_pending(session_id, form):
    # ruleid: card-number-cache-write-python
    _pending_cards.set(session_id, {"number": form["card_number"]}, expire=600)
    # ok: card-number-cache-write-python
    _pending_cards.set(session_id, {"last4": form["card_number"][-4:]}, expire=600)


def spool_failed_charge(row, attempt_at):
    with RETRY_SPOOL.open("a") as spool:
        # ruleid: card-number-cache-write-python
        spool.write(json.dumps({"id": row["id"], "card_number": row["card_number"], "at": attempt_at}) + "\n")
    with RETRY_SPOOL.open("a") as spool:
        # ok: card-number-cache-write-python
        spool.write(json.dumps({"id": row["id"], "last4": row["card_number"][-4:]}) + "\n")


async def spool_async(card):
    async with aiofiles.open("retry.jsonl", "a") as fh:
        # ruleid: card-number-cache-write-python
        await fh.write(f"{card.id}|{card.card_no}\n")


def enqueue_charge(order, card_number):
    # ruleid: card-number-cache-write-python
    charge_card.delay(order.id, card_number)
    # ruleid: card-number-cache-write-python
    charge_card.apply_async(args=[order.id, card_number], countdown=60)
    # ok: card-number-cache-write-python
    charge_card.delay(order.id, card_number[-4:])


def holding_deposit(request, application):
    card = DepositCardSerializer(data=request.data)
    card.is_valid(raise_exception=True)
    data = card.validated_data
    # ruleid: card-number-cache-write-python
    charge_deposit.apply_async(args=[application.pk, data["number"], data["expiry_month"]], countdown=5)
    # ok: card-number-cache-write-python
    charge_deposit.apply_async(args=[application.pk, data["number"][-4:]], countdown=5)
    order = OrderSerializer(data=request.data)
    order.is_valid(raise_exception=True)
    fields = order.validated_data
    # ok: card-number-cache-write-python
    ship_order.apply_async(args=[fields["number"], fields["postcode"]])


import dramatiq


def enqueue_card_replacement(client_id, holder, card_number, expiry):
    # ruleid: card-number-cache-write-python
    replace_card_on_file.send(client_id, holder, card_number, expiry)
    # ruleid: card-number-cache-write-python
    replace_card_on_file.send_with_options(args=(client_id, card_number), delay=60_000)
    # ok: card-number-cache-write-python
    replace_card_on_file.send(client_id, holder, card_number[-4:], expiry)
