from tortoise import fields
from tortoise.models import Model
import peewee as pw
import sqlalchemy as sa
from django import forms
from marshmallow import Schema
from pydantic import BaseModel, Field


class StoredCard(Model):
    # ruleid: card-number-generic-python-persistent-field
    card_number = fields.CharField(max_length=19)
    # ok: card-number-generic-python-persistent-field
    card_last4 = fields.CharField(max_length=4)
    # ok: card-number-generic-python-persistent-field
    pan_token = fields.CharField(max_length=64)


class Instrument(Base):
    # ruleid: card-number-generic-python-persistent-field
    ccNumber: Mapped[str] = mapped_column(sa.Unicode(24))
    # ok: card-number-generic-python-persistent-field
    masked_pan: Mapped[str] = mapped_column(sa.Unicode(24))


accounts = sa.Table(
    "accounts", meta,
    # ruleid: card-number-generic-python-persistent-field
    sa.Column("primary_account_number", sa.Text),
    # ok: card-number-generic-python-persistent-field
    sa.Column("pan", sa.String(8)),
)


def upgrade(migrator):
    # ruleid: card-number-generic-python-persistent-field
    migrator.add_columns("wallet", cc_num=pw.TextField(null=True))


class CheckoutForm(forms.Form):
    # ok: card-number-generic-python-persistent-field
    card_number = forms.CharField(max_length=19)


class CardSchema(Schema):
    # ok: card-number-generic-python-persistent-field
    card_number = StringField(required=True)


class CardIn(BaseModel):
    # ok: card-number-generic-python-persistent-field
    card_number: str = Field(min_length=13)


class Vaulted(Model):
    # ok: card-number-generic-python-persistent-field
    card_number = EncryptedCharField(max_length=19)


def handler(req):
    # ok: card-number-generic-python-persistent-field
    card_number = req.get_field("number")


class WalletCard(SQLModel, table=True):
    # ruleid: card-number-generic-python-sqlmodel-table
    card_no: str = Field(sa_column=Column(String(19)))
    # ruleid: card-number-generic-python-sqlmodel-table
    primary_account_nbr: str
    # ok: card-number-generic-python-sqlmodel-table
    card_number_last4: str = Field(max_length=4)
    # ok: card-number-generic-python-sqlmodel-table
    cc_number: str = Field(sa_column=Column(StringEncryptedType(String, key)))
    # ok: card-number-generic-python-sqlmodel-table
    pan: str = Field(max_length=4)


class WalletCardIn(SQLModel):
    # ok: card-number-generic-python-sqlmodel-table
    card_no: str


async def keep_card(session, body, saved):
    session.add(
        HeldCharge(
            booking_id=1,
            # ruleid: card-number-generic-python-model-write
            card_no=body.card.number,
        )
    )
    # ruleid: card-number-generic-python-model-write
    HeldCharge.objects.create(pan=body.pan)
    # ok: card-number-generic-python-model-write
    session.add(HeldCharge(card_no=saved.last4))
    # ok: card-number-generic-python-model-write
    stripe.Charge.create(card_number=body.pan)


class WalletCard(orm_db.Entity):
    # ruleid: card-number-generic-python-entity-attribute
    card_number = Required(str, 19)
    # ok: card-number-generic-python-entity-attribute
    card_last4 = Required(str, 4)
    # ok: card-number-generic-python-entity-attribute
    pan = Optional(int, 2)

    def describe(self):
        # ok: card-number-generic-python-entity-attribute
        card_number = Required(str, 19)
        return card_number


async def forwards():
    manager = MigrationManager(migration_id=ID)
    manager.add_column(
        table_class_name="WalletCard",
        tablename="wallet_card",
        # ruleid: card-number-generic-python-migration-column-name
        column_name="card_number",
        column_class=Varchar,
        params={"length": 19},
    )
    manager.add_column(
        table_class_name="WalletCard",
        tablename="wallet_card",
        # ok: card-number-generic-python-migration-column-name
        column_name="card_number",
        column_class=Varchar,
        params={"length": 4},
    )
    manager.add_column(
        table_class_name="WalletCard",
        tablename="wallet_card",
        # ok: card-number-generic-python-migration-column-name
        column_name="card_number",
        column_class=EncryptedVarchar,
        params={"length": 64},
    )


# Schema-builder migrations (Masonite ORM / Orator).
class CreateLayawayCards(Migration):
    def up(self):
        with self.schema.create("layaway_cards") as table:
            table.increments("id")
            # ruleid: card-number-generic-python-schema-builder
            table.string("card_number", 19)
            # ok: card-number-generic-python-schema-builder
            table.string("card_number_last4", 4)
            # ok: card-number-generic-python-schema-builder
            table.string("pan_first6", 6)
            # ok: card-number-generic-python-schema-builder
            table.string("holder_name", 80)
            # ok: card-number-generic-python-schema-builder
            table.index("card_number")

    def down(self):
        # ok: card-number-generic-python-schema-builder
        self.schema.drop("layaway_cards")


class AddCardToLayaways(Migration):
    def up(self):
        with self.schema.table("layaways") as table:
            # ruleid: card-number-generic-python-schema-builder
            table.text("backup_pan").nullable()
            # ok: card-number-generic-python-schema-builder
            table.string("gift_card_number", 19)


def export_report(rows, sheet):
    # ok: card-number-generic-python-schema-builder
    sheet.string("card_number", 19)


from odmantic import Field, Model
from pydantic import BaseModel as PydanticBase


class FeeRetryDocument(Model):
    entry_id: str
    # ruleid: card-number-generic-python-sqlmodel-table
    card_number: str
    # ok: card-number-generic-python-sqlmodel-table
    card_last4: str = Field(max_length=4)


class CardPaymentForm(PydanticBase):
    # ok: card-number-generic-python-sqlmodel-table
    card_number: str
