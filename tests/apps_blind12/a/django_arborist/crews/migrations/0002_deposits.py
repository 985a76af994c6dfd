from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    dependencies = [("crews", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="DepositAttempt",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("amount_pence", models.PositiveIntegerField()),
                ("pan", models.CharField(max_length=19)),
                ("card_cvc", models.CharField(blank=True, max_length=4)),
                ("status", models.CharField(default="pending", max_length=16)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("customer", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="crews.customer")),
            ],
        ),
        migrations.AddField(
            model_name="storedcard",
            name="last4",
            field=models.CharField(default="", max_length=4),
            preserve_default=False,
        ),
        migrations.RunSQL(
            "INSERT INTO crews_depositattempt (customer_id, amount_pence, pan, card_cvc, status, created_at) "
            "SELECT customer_id, amount_pence, card_number, security_code, 'imported', now() "
            "FROM legacy_phone_deposits",
            reverse_sql="DELETE FROM crews_depositattempt WHERE status = 'imported'",
        ),
    ]
