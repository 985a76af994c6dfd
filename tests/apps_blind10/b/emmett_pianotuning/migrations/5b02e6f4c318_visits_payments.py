"""Visits, phone payments, restoration deposits; card code and last four on plan cards

Migration ID: 5b02e6f4c318
Revises: a1f3c9d20b7e
Creation Date: 2022-01-18 16:40:02.551903
"""

from emmett.orm import migrations


class Migration(migrations.Migration):
    revision = "5b02e6f4c318"
    revises = "a1f3c9d20b7e"

    def up(self):
        self.add_column(
            "care_plan_cards", migrations.Column("card_cvc", "string", length=4)
        )
        self.add_column(
            "care_plan_cards", migrations.Column("card_last4", "string", length=4)
        )
        self.create_table(
            "visits",
            migrations.Column("id", "id"),
            migrations.Column("customer", "reference customers"),
            migrations.Column("piano", "reference pianos"),
            migrations.Column("technician", "string", length=64),
            migrations.Column("scheduled_for", "datetime"),
            migrations.Column("kind", "string", length=16),
            migrations.Column("fee_pence", "integer"),
            migrations.Column("status", "string", length=16, default="booked"),
            migrations.Column("job_card_no", "string", length=16),
        )
        self.create_table(
            "phone_payments",
            migrations.Column("id", "id"),
            migrations.Column("visit", "reference visits"),
            migrations.Column("gateway_token", "string", length=64),
            migrations.Column("card_brand", "string", length=16),
            migrations.Column("card_last4", "string", length=4),
            migrations.Column("amount_pence", "integer"),
            migrations.Column("status", "string", length=16),
        )
        self.create_table(
            "restoration_deposits",
            migrations.Column("id", "id"),
            migrations.Column("customer", "reference customers"),
            migrations.Column("piano", "reference pianos"),
            migrations.Column("amount_pence", "integer"),
            migrations.Column("card_number_enc", "text"),
            migrations.Column("card_last4", "string", length=4),
            migrations.Column("refund_due", "date"),
        )

    def down(self):
        self.drop_table("restoration_deposits")
        self.drop_table("phone_payments")
        self.drop_table("visits")
        self.drop_column("care_plan_cards", "card_last4")
        self.drop_column("care_plan_cards", "card_cvc")
