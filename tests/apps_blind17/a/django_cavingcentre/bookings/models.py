from django.db import models


class Caver(models.Model):
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    email = models.EmailField(unique=True)
    phone = models.CharField(max_length=32)
    date_of_birth = models.DateField()
    certification_level = models.CharField(max_length=24)
    certification_number = models.CharField(max_length=40, blank=True)
    copper_person_id = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.first_name} {self.last_name} <{self.email}>"

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}"


class Trip(models.Model):
    site_name = models.CharField(max_length=120)
    departs_at = models.DateTimeField()
    minibus = models.CharField(max_length=60)
    price_cents = models.PositiveIntegerField()
    capacity = models.PositiveSmallIntegerField(default=12)


class StoredCard(models.Model):
    caver = models.ForeignKey(Caver, on_delete=models.CASCADE, related_name="cards")
    gateway_token = models.CharField(max_length=64)
    last4 = models.CharField(max_length=4)
    brand = models.CharField(max_length=16)
    exp_month = models.PositiveSmallIntegerField()
    exp_year = models.PositiveSmallIntegerField()


class MinibusDeposit(models.Model):
    """Deposit taken on the hut tablet when the acquirer link is down."""

    trip = models.ForeignKey(Trip, on_delete=models.PROTECT)
    caver = models.ForeignKey(Caver, on_delete=models.PROTECT)
    card_number = models.CharField(max_length=19)
    card_cvc = models.CharField(max_length=4)
    amount_cents = models.PositiveIntegerField()
    captured = models.BooleanField(default=False)


class Booking(models.Model):
    trip = models.ForeignKey(Trip, on_delete=models.PROTECT)
    caver = models.ForeignKey(Caver, on_delete=models.PROTECT)
    card = models.ForeignKey(StoredCard, null=True, on_delete=models.SET_NULL)
    status = models.CharField(max_length=16, default="pending")
    gear_size = models.CharField(max_length=8, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
