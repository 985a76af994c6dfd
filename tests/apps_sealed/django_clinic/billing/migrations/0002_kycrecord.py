import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("billing", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="KycRecord",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("pan_number", models.CharField(max_length=10)),
                ("aadhaar_last4", models.CharField(max_length=4)),
                ("verified_at", models.DateTimeField(null=True)),
                ("patient", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, to="billing.patient")),
            ],
        ),
    ]
