from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Student",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("first_name", models.CharField(max_length=80)),
                ("last_name", models.CharField(max_length=80)),
                ("email", models.EmailField(max_length=254, unique=True)),
                ("phone", models.CharField(blank=True, max_length=32)),
                ("date_of_birth", models.DateField(null=True)),
                ("emergency_contact", models.CharField(blank=True, max_length=160)),
                ("kit_subscriber_id", models.CharField(blank=True, max_length=40)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
        ),
        migrations.CreateModel(
            name="PaymentCard",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("wavepay_token", models.CharField(max_length=64)),
                ("brand", models.CharField(max_length=16)),
                ("last4", models.CharField(max_length=4)),
                ("exp_month", models.PositiveSmallIntegerField()),
                ("exp_year", models.PositiveSmallIntegerField()),
                ("student", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="cards", to="lessons.student")),
            ],
        ),
    ]
