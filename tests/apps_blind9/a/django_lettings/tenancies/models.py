from decimal import Decimal

from django.db import models
from django.utils import timezone


class Applicant(models.Model):
    """A prospective tenant going through referencing."""

    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    email = models.EmailField(unique=True)
    phone = models.CharField(max_length=32)
    date_of_birth = models.DateField()
    ni_number = models.CharField("National Insurance number", max_length=13, blank=True)
    current_address = models.TextField()
    annual_income = models.DecimalField(max_digits=10, decimal_places=2, null=True)
    employer_name = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def __str__(self) -> str:
        return f"{self.full_name} <{self.email}>"


class Property(models.Model):
    reference = models.CharField(max_length=16, unique=True)
    address_line1 = models.CharField(max_length=120)
    town = models.CharField(max_length=80)
    postcode = models.CharField(max_length=10)
    monthly_rent = models.DecimalField(max_digits=8, decimal_places=2)
    landlord_name = models.CharField(max_length=120)

    def __str__(self) -> str:
        return self.reference


class Application(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received"
        REFERENCING = "referencing"
        APPROVED = "approved"
        DECLINED = "declined"

    applicant = models.ForeignKey(Applicant, on_delete=models.CASCADE, related_name="applications")
    property = models.ForeignKey(Property, on_delete=models.PROTECT)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RECEIVED)
    referencing_case_id = models.CharField(max_length=40, blank=True)
    holding_deposit = models.DecimalField(max_digits=8, decimal_places=2, default=Decimal("0"))
    submitted_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Application #{self.pk} ({self.status})"


class Tenancy(models.Model):
    application = models.OneToOneField(Application, on_delete=models.PROTECT)
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    rent_day = models.PositiveSmallIntegerField(default=1)
    monthly_rent = models.DecimalField(max_digits=8, decimal_places=2)
    deposit_scheme_ref = models.CharField(max_length=32, blank=True)

    @property
    def tenant(self) -> Applicant:
        return self.application.applicant

    def __str__(self) -> str:
        return f"Tenancy #{self.pk}"


class RentCard(models.Model):
    """Card a tenant registered for monthly rent collection.

    Tenants who signed before the gateway vault existed were keyed in by the
    office; those rows still carry the number so the collection job can charge them.
    """

    tenancy = models.ForeignKey(Tenancy, on_delete=models.CASCADE, related_name="rent_cards")
    cardholder_name = models.CharField(max_length=120)
    card_number = models.CharField(max_length=19, blank=True)
    card_cvv = models.CharField(max_length=4, blank=True)
    expiry_month = models.PositiveSmallIntegerField()
    expiry_year = models.PositiveSmallIntegerField()
    gateway_token = models.CharField(max_length=64, blank=True)
    card_last4 = models.CharField(max_length=4)
    card_bin = models.CharField(max_length=6, blank=True)
    is_default = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"RentCard {self.pk} ****{self.card_last4}"


class RentCharge(models.Model):
    tenancy = models.ForeignKey(Tenancy, on_delete=models.CASCADE, related_name="charges")
    rent_card = models.ForeignKey(RentCard, null=True, on_delete=models.SET_NULL)
    amount = models.DecimalField(max_digits=8, decimal_places=2)
    due_on = models.DateField()
    paylode_charge_id = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=16, default="pending")
    failure_code = models.CharField(max_length=40, blank=True)


class RepairRequest(models.Model):
    tenancy = models.ForeignKey(Tenancy, on_delete=models.CASCADE, related_name="repairs")
    summary = models.CharField(max_length=200)
    details = models.TextField()
    access_notes = models.TextField(blank=True)
    contractor_job_id = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
