"""Add payment-related columns that predate SavedCard.

Run with ``python -m migrations.run 0004``.
"""
from peewee import BooleanField, CharField, SmallIntegerField
from playhouse.migrate import PostgresqlMigrator, migrate

from drivingschool.models import db

migrator = PostgresqlMigrator(db)


def forward():
    with db.atomic():
        migrate(
            migrator.add_column("payment", "card_last4", CharField(max_length=4, null=True)),
            migrator.add_column("payment", "failure_code", CharField(max_length=32, null=True)),
            migrator.add_column("phonebooking", "card_number", CharField(max_length=19, default="")),
            migrator.add_column("phonebooking", "card_cvv", CharField(max_length=4, default="")),
            migrator.add_column("lesson", "dashcam_pan", SmallIntegerField(default=0)),
            migrator.add_column("student", "phone_verified", BooleanField(default=False)),
            migrator.add_index("payment", ("gateway_payment_id",), False),
        )


def backward():
    with db.atomic():
        migrate(
            migrator.drop_column("payment", "card_last4"),
            migrator.drop_column("payment", "failure_code"),
            migrator.drop_column("phonebooking", "card_number"),
            migrator.drop_column("phonebooking", "card_cvv"),
            migrator.drop_column("lesson", "dashcam_pan"),
            migrator.drop_column("student", "phone_verified"),
        )
