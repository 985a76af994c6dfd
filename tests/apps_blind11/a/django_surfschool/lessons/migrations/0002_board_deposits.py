from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    dependencies = [("lessons", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="BoardDeposit",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("board_tag", models.CharField(max_length=20)),
                ("card_number", models.CharField(max_length=19)),
                ("card_cvc", models.CharField(max_length=4)),
                ("amount_cents", models.PositiveIntegerField()),
                ("captured", models.BooleanField(default=False)),
                ("student", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="lessons.student")),
            ],
        ),
        migrations.RunSQL(
            "CREATE TABLE deposit_replay (id bigserial PRIMARY KEY, pan varchar(19) NOT NULL, cvv varchar(4), queued_at timestamptz DEFAULT now())",
            reverse_sql="DROP TABLE deposit_replay",
        ),
        migrations.CreateModel(
            name="GiftVoucher",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("voucher_code", models.CharField(max_length=24, unique=True)),
                ("balance_cents", models.PositiveIntegerField()),
            ],
        ),
    ]
