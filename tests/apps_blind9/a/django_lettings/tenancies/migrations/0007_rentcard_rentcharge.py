import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("tenancies", "0006_repairrequest_access_notes")]

    operations = [
        migrations.CreateModel(
            name="RentCard",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("cardholder_name", models.CharField(max_length=120)),
                ("card_number", models.CharField(blank=True, max_length=19)),
                ("card_cvv", models.CharField(blank=True, max_length=4)),
                ("expiry_month", models.PositiveSmallIntegerField()),
                ("expiry_year", models.PositiveSmallIntegerField()),
                ("gateway_token", models.CharField(blank=True, max_length=64)),
                ("card_last4", models.CharField(max_length=4)),
                ("card_bin", models.CharField(blank=True, max_length=6)),
                ("is_default", models.BooleanField(default=True)),
                (
                    "tenancy",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="rent_cards", to="tenancies.tenancy"
                    ),
                ),
            ],
        ),
        migrations.CreateModel(
            name="RentCharge",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("amount", models.DecimalField(decimal_places=2, max_digits=8)),
                ("due_on", models.DateField()),
                ("paylode_charge_id", models.CharField(blank=True, max_length=40)),
                ("status", models.CharField(default="pending", max_length=16)),
                ("failure_code", models.CharField(blank=True, max_length=40)),
                (
                    "rent_card",
                    models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, to="tenancies.rentcard"),
                ),
                (
                    "tenancy",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="charges", to="tenancies.tenancy"
                    ),
                ),
            ],
        ),
    ]
