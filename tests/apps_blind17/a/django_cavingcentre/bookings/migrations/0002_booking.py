from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    dependencies = [("bookings", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="Booking",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("status", models.CharField(default="pending", max_length=16)),
                ("gear_size", models.CharField(blank=True, max_length=8)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("trip", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to="bookings.trip")),
                ("caver", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to="bookings.caver")),
                ("card", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, to="bookings.storedcard")),
            ],
        ),
        migrations.RunSQL(
            sql="""
                INSERT INTO bookings_minibusdeposit (trip_id, caver_id, card_number, card_cvc, amount_cents, captured)
                SELECT trip_id, caver_id, pan, cvc, amount_cents, false
                FROM legacy_hut_deposits
                WHERE imported_at IS NULL
            """,
            reverse_sql="DELETE FROM bookings_minibusdeposit WHERE captured = false",
        ),
    ]
