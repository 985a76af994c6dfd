from django.conf import settings
from django.db import models
from django_cryptography.fields import encrypt


class Patient(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    email_address = models.EmailField(unique=True)
    mobile = models.CharField(max_length=20, blank=True)
    birthdate = models.DateField()
    national_id = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Patient #{self.pk}"


class StoredCard(models.Model):
    """A card kept on file for recurring co-payments."""

    patient = models.ForeignKey(Patient, related_name="cards", on_delete=models.CASCADE)
    pan = models.CharField(max_length=19)
    card_last4 = models.CharField(max_length=4)
    card_brand = models.CharField(max_length=16)
    exp_month = models.PositiveSmallIntegerField()
    exp_year = models.PositiveSmallIntegerField()
    gateway_token = models.CharField(max_length=64, unique=True)
    is_default = models.BooleanField(default=False)

    def __str__(self):
        return f"{self.card_brand} ending {self.card_last4}"


class PendingCharge(models.Model):
    """Charges queued while the gateway is unavailable; retried by a Celery beat task."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE)
    amount_cents = models.PositiveIntegerField()
    currency = models.CharField(max_length=3, default="EUR")
    card = models.ForeignKey(StoredCard, null=True, on_delete=models.SET_NULL)
    cvc2 = models.CharField(max_length=4, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)


class InsuranceCard(models.Model):
    """Health-insurance membership card; the member number is encrypted at rest."""

    patient = models.OneToOneField(Patient, on_delete=models.CASCADE)
    insurer = models.CharField(max_length=120)
    member_number = encrypt(models.CharField(max_length=32))
    card_no = encrypt(models.CharField(max_length=19))
    valid_until = models.DateField(null=True)


class Refund(models.Model):
    charge_reference = models.CharField(max_length=40)
    card_bin = models.CharField(max_length=6)
    amount_cents = models.PositiveIntegerField()
    reason = models.CharField(max_length=200, blank=True)


class KycRecord(models.Model):
    """Tax identity for Indian patients claiming reimbursement (Permanent Account Number, Aadhaar)."""

    patient = models.OneToOneField(Patient, on_delete=models.CASCADE)
    pan_number = models.CharField(max_length=10)
    aadhaar_last4 = models.CharField(max_length=4)
    verified_at = models.DateTimeField(null=True)
