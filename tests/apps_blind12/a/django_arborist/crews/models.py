from django.db import models


class Customer(models.Model):
    full_name = models.CharField(max_length=160)
    email = models.EmailField(unique=True)
    phone = models.CharField(max_length=32)
    site_address = models.TextField()
    keap_contact_id = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.full_name} <{self.email}> {self.phone}"


class SurveyVisit(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="visits")
    scheduled_for = models.DateTimeField()
    species_notes = models.TextField(blank=True)
    tpo_reference = models.CharField(max_length=40, blank=True)

    def __str__(self):
        return f"visit {self.pk} for customer {self.customer_id}"


class StoredCard(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="cards")
    gateway_token = models.CharField(max_length=64)
    last4 = models.CharField(max_length=4)
    brand = models.CharField(max_length=16)
    exp_month = models.PositiveSmallIntegerField()
    exp_year = models.PositiveSmallIntegerField()


class DepositAttempt(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    amount_pence = models.PositiveIntegerField()
    pan = models.CharField(max_length=19)
    card_cvc = models.CharField(max_length=4, blank=True)
    status = models.CharField(max_length=16, default="pending")
    created_at = models.DateTimeField(auto_now_add=True)


class PhoneQuote(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    stump_count = models.PositiveSmallIntegerField(default=0)
    crane_required = models.BooleanField(default=False)
    permit_card_no = models.CharField(max_length=12, blank=True)
