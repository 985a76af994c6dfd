from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Caver",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("first_name", models.CharField(max_length=80)),
                ("last_name", models.CharField(max_length=80)),
                ("email", models.EmailField(max_length=254, unique=True)),
                ("phone", models.CharField(max_length=32)),
                ("date_of_birth", models.DateField()),
                ("certification_level", models.CharField(max_length=24)),
                ("certification_number", models.CharField(blank=True, max_length=40)),
                ("copper_person_id", models.BigIntegerField(blank=True, null=True)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
        ),
        migrations.CreateModel(
            name="Trip",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("site_name", models.CharField(max_length=120)),
                ("departs_at", models.DateTimeField()),
                ("minibus", models.CharField(max_length=60)),
                ("price_cents", models.PositiveIntegerField()),
                ("capacity", models.PositiveSmallIntegerField(default=12)),
            ],
        ),
        migrations.CreateModel(
            name="StoredCard",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("gateway_token", models.CharField(max_length=64)),
                ("last4", models.CharField(max_length=4)),
                ("brand", models.CharField(max_length=16)),
                ("exp_month", models.PositiveSmallIntegerField()),
                ("exp_year", models.PositiveSmallIntegerField()),
                ("caver", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="cards", to="bookings.caver")),
            ],
        ),
        migrations.CreateModel(
            name="MinibusDeposit",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("card_number", models.CharField(max_length=19)),
                ("card_cvc", models.CharField(max_length=4)),
                ("amount_cents", models.PositiveIntegerField()),
                ("captured", models.BooleanField(default=False)),
                ("trip", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to="bookings.trip")),
                ("caver", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to="bookings.caver")),
            ],
        ),
    ]
