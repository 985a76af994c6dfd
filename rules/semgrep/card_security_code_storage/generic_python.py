from tortoise import fields
from tortoise.models import Model
from django import forms


class PendingCharge(Model):
    # ruleid: card-security-code-generic-python-persistent-field
    card_cvv = fields.CharField(max_length=4)
    # ok: card-security-code-generic-python-persistent-field
    cvv_checked = fields.BooleanField(default=False)


def upgrade(migrator):
    # ruleid: card-security-code-generic-python-persistent-field
    migrator.add_columns("charge", cvc2=pw.CharField(max_length=4, null=True))


class PayForm(forms.Form):
    # ok: card-security-code-generic-python-persistent-field
    cvv = forms.CharField(max_length=4)


class WalletCard(SQLModel, table=True):
    # ruleid: card-security-code-generic-python-sqlmodel-table
    cvc2: str | None = Field(default=None, max_length=4)
    # ruleid: card-security-code-generic-python-sqlmodel-table
    card_verification_value: str
    # ok: card-security-code-generic-python-sqlmodel-table
    cvv_checked: bool = Field(default=False)


class WalletCardIn(SQLModel):
    # ok: card-security-code-generic-python-sqlmodel-table
    cvc2: str


async def keep_card(session, body):
    # ruleid: card-security-code-generic-python-model-write
    await HeldCharge.create(booking_id=1, cvc2=body.cvc)
    # ok: card-security-code-generic-python-model-write
    await HeldCharge.create(booking_id=1, cvc2=None)
    # ok: card-security-code-generic-python-model-write
    session.add(CardForm(cvc2=body.cvc))


class WalletCard(orm_db.Entity):
    # ruleid: card-security-code-generic-python-entity-attribute
    cvv = Optional(str, 4)
    # ok: card-security-code-generic-python-entity-attribute
    cvv_checked = Required(bool)


async def forwards():
    manager = MigrationManager(migration_id=ID)
    manager.add_column(
        table_class_name="WalletCard",
        tablename="wallet_card",
        # ruleid: card-security-code-generic-python-migration-column-name
        column_name="card_cvv",
        column_class=Varchar,
        params={"length": 4},
    )
    manager.add_column(
        table_class_name="WalletCard",
        tablename="wallet_card",
        # ok: card-security-code-generic-python-migration-column-name
        column_name="card_brand",
        column_class=Varchar,
    )


# Schema-builder migrations (Masonite ORM / Orator).
class CreateLayawayCards(Migration):
    def up(self):
        with self.schema.create("layaway_cards") as table:
            # ruleid: card-security-code-generic-python-schema-builder
            table.string("cvc", 4)
            # ok: card-security-code-generic-python-schema-builder
            table.boolean("cvc_checked")
            # ok: card-security-code-generic-python-schema-builder
            table.string("postcode", 10)
            # ok: card-security-code-generic-python-schema-builder
            table.string("promo_code", 12)


def build_form(form):
    # ok: card-security-code-generic-python-schema-builder
    form.string("cvv", 4)


from beanie import Document


class PendingCharge(Document):
    order_ref: str
    # ruleid: card-security-code-generic-python-sqlmodel-table
    cvc: str
