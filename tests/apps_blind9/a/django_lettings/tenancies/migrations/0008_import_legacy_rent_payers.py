"""Bring tenants from the old Access database (exported to legacy_rent_payers) onto RentCard.

The old system kept the full card for standing rent; the office asked for the cards to keep
working until every tenant re-registers through the gateway page.
"""

from django.db import migrations

FORWARD = """
INSERT INTO tenancies_rentcard
    (tenancy_id, cardholder_name, card_number, expiry_month, expiry_year, card_last4, card_bin, gateway_token, card_cvv, is_default)
SELECT t.id, l.payer_name, l.card_no, l.exp_mm, l.exp_yy, RIGHT(l.card_no, 4), LEFT(l.card_no, 6), '', '', TRUE
FROM legacy_rent_payers l
JOIN tenancies_tenancy t ON t.deposit_scheme_ref = l.dps_ref;
"""

REVERSE = "DELETE FROM tenancies_rentcard WHERE gateway_token = '';"


class Migration(migrations.Migration):
    dependencies = [("tenancies", "0007_rentcard_rentcharge")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS rentcard_last4_idx ON tenancies_rentcard (card_last4);",
            reverse_sql="DROP INDEX IF EXISTS rentcard_last4_idx;",
        ),
        migrations.RunSQL(FORWARD, reverse_sql=REVERSE),
    ]
