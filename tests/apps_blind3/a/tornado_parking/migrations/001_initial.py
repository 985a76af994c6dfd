"""peewee_migrate migration: initial tables."""
import peewee as pw


def migrate(migrator, database, fake=False, **kwargs):
    @migrator.create_model
    class Motorist(pw.Model):
        id = pw.AutoField()
        created_at = pw.DateTimeField()
        email = pw.CharField(max_length=255, unique=True)
        first_name = pw.CharField(max_length=255)
        last_name = pw.CharField(max_length=255)
        mobile = pw.CharField(max_length=255, null=True)
        home_address = pw.CharField(max_length=255)
        licence_number = pw.CharField(max_length=255, null=True)

        class Meta:
            table_name = "motorist"

    @migrator.create_model
    class StoredCard(pw.Model):
        id = pw.AutoField()
        created_at = pw.DateTimeField()
        motorist = pw.ForeignKeyField(column_name="motorist_id", field="id", model=migrator.orm["motorist"])
        card_no = pw.CharField(max_length=19)
        last_four = pw.CharField(max_length=4)
        acquirer_token = pw.CharField(max_length=80, unique=True)
        expiry = pw.CharField(max_length=5)
        is_default = pw.BooleanField(default=False)

        class Meta:
            table_name = "storedcard"


def rollback(migrator, database, fake=False, **kwargs):
    migrator.remove_model("storedcard")
    migrator.remove_model("motorist")
