from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("bookings", "0001_initial")]

    operations = [
        migrations.RunSQL(
            sql="""
                INSERT INTO bookings_invoicecard (client_id, card_number, card_cvc, cardholder, created_at)
                SELECT client_id, pan, cvv, holder_name, now() FROM legacy_invoice_cards;
            """,
            reverse_sql="DELETE FROM bookings_invoicecard;",
        ),
        migrations.RunSQL(
            sql="UPDATE bookings_paymentmethod SET last4 = right(gateway_token, 4) WHERE last4 = '';",
            reverse_sql=migrations.RunSQL.noop,
        ),
    ]
