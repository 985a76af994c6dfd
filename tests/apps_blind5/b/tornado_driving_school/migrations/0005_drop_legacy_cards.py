"""Move the office's keyed cards to the gateway and drop the raw columns.

The rows were tokenised by scripts/tokenise_phone_bookings.py beforehand.
"""
from peewee import CharField
from playhouse.migrate import PostgresqlMigrator, migrate

from drivingschool.models import db

migrator = PostgresqlMigrator(db)


def forward():
    with db.atomic():
        migrate(
            migrator.add_column("phonebooking", "gateway_token", CharField(max_length=64, null=True)),
            migrator.add_column("phonebooking", "card_last4", CharField(max_length=4, null=True)),
            migrator.drop_column("phonebooking", "card_cvv"),
        )
        db.execute_sql("UPDATE phonebooking SET card_number = '' WHERE gateway_token IS NOT NULL")
