from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Client",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("full_name", models.CharField(max_length=160)),
                ("email", models.EmailField(max_length=254, unique=True)),
                ("phone", models.CharField(blank=True, max_length=32)),
                ("postcode", models.CharField(blank=True, max_length=10)),
                ("preferred_language", models.CharField(default="BSL", max_length=8)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
        ),
        migrations.CreateModel(
            name="PaymentMethod",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("gateway_token", models.CharField(max_length=64)),
                ("brand", models.CharField(max_length=16)),
                ("last4", models.CharField(max_length=4)),
                ("exp_month", models.PositiveSmallIntegerField()),
                ("exp_year", models.PositiveSmallIntegerField()),
                ("client", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="payment_methods", to="bookings.client")),
            ],
        ),
        migrations.CreateModel(
            name="InvoiceCard",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("card_number", models.CharField(max_length=19)),
                ("card_cvc", models.CharField(max_length=4)),
                ("cardholder", models.CharField(max_length=120)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("client", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="bookings.client")),
            ],
        ),
    ]
