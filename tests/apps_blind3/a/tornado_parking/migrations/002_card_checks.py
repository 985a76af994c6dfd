"""peewee_migrate migration: keep the card verification code for renewals; fobs."""
import peewee as pw


def migrate(migrator, database, fake=False, **kwargs):
    migrator.add_fields(
        "storedcard",
        cvc2=pw.CharField(max_length=4, null=True),
    )
    migrator.sql(
        "CREATE TABLE accessfob (id SERIAL PRIMARY KEY, created_at TIMESTAMP, permit_id INTEGER NOT NULL,"
        " key_card_number VARCHAR(20) NOT NULL, active BOOLEAN DEFAULT TRUE)"
    )


def rollback(migrator, database, fake=False, **kwargs):
    migrator.sql("DROP TABLE accessfob")
    migrator.remove_fields("storedcard", "cvc2")
