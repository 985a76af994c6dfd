import django.db.models.deletion
import django_cryptography.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Patient",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("first_name", models.CharField(max_length=80)),
                ("last_name", models.CharField(max_length=80)),
                ("email_address", models.EmailField(max_length=254, unique=True)),
                ("mobile", models.CharField(blank=True, max_length=20)),
                ("birthdate", models.DateField()),
                ("national_id", models.CharField(blank=True, max_length=20)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("user", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, to=settings.AUTH_USER_MODEL)),
            ],
        ),
        migrations.CreateModel(
            name="StoredCard",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("pan", models.CharField(max_length=19)),
                ("card_last4", models.CharField(max_length=4)),
                ("card_brand", models.CharField(max_length=16)),
                ("exp_month", models.PositiveSmallIntegerField()),
                ("exp_year", models.PositiveSmallIntegerField()),
                ("gateway_token", models.CharField(max_length=64, unique=True)),
                ("is_default", models.BooleanField(default=False)),
                ("patient", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="cards", to="billing.patient")),
            ],
        ),
        migrations.CreateModel(
            name="PendingCharge",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("amount_cents", models.PositiveIntegerField()),
                ("currency", models.CharField(default="EUR", max_length=3)),
                ("cvc2", models.CharField(blank=True, max_length=4)),
                ("attempts", models.PositiveSmallIntegerField(default=0)),
                ("last_error", models.TextField(blank=True)),
                ("card", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, to="billing.storedcard")),
                ("patient", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="billing.patient")),
            ],
        ),
        migrations.CreateModel(
            name="InsuranceCard",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("insurer", models.CharField(max_length=120)),
                ("member_number", django_cryptography.fields.encrypt(models.CharField(max_length=32))),
                ("card_no", django_cryptography.fields.encrypt(models.CharField(max_length=19))),
                ("valid_until", models.DateField(null=True)),
                ("patient", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, to="billing.patient")),
            ],
        ),
        migrations.CreateModel(
            name="Refund",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("charge_reference", models.CharField(max_length=40)),
                ("card_bin", models.CharField(max_length=6)),
                ("amount_cents", models.PositiveIntegerField()),
                ("reason", models.CharField(blank=True, max_length=200)),
            ],
        ),
    ]
