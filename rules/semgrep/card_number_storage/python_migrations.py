import django.db.models.deletion
import django_cryptography.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="SavedCard",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                # ruleid: card-number-django-migration-field
                ("card_number", models.CharField(max_length=19)),
                # ruleid: card-number-django-migration-field
                ("ccNum", models.TextField(blank=True)),
                # ok: card-number-django-migration-field
                ("card_number_last4", models.CharField(max_length=4)),
                # ok: card-number-django-migration-field
                ("pan", models.CharField(max_length=4)),
                # ok: card-number-django-migration-field
                ("pan", django_cryptography.fields.encrypt(models.CharField(max_length=19))),
                # ok: card-number-django-migration-field
                ("card_fingerprint", models.CharField(max_length=64)),
                # ok: card-number-django-migration-field
                ("card_number", models.BooleanField(default=False)),
                ("owner", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="accounts.user")),
            ],
        ),
        migrations.AddField(
            model_name="savedcard",
            # ruleid: card-number-django-migration-field
            name="primary_account_number",
            field=models.CharField(max_length=32, null=True),
        ),
        # ruleid: card-number-django-migration-field
        migrations.AlterField(model_name="savedcard", name="pan", field=models.CharField(max_length=19)),
        # ok: card-number-django-migration-field
        migrations.AlterField(model_name="savedcard", name="pan", field=models.CharField(max_length=4)),
        # ok: card-number-django-migration-field
        migrations.AddField(model_name="savedcard", name="pan", field=EncryptedCharField(max_length=19)),
    ]


def forwards(apps, schema_editor):
    # ok: card-number-django-migration-field
    rows = [("pan", models.CharField(max_length=19))]
    return rows
