from django.db import models


class Client(models.Model):
    full_name = models.CharField(max_length=160)
    email = models.EmailField(unique=True)
    phone = models.CharField(max_length=32, blank=True)
    postcode = models.CharField(max_length=10, blank=True)
    preferred_language = models.CharField(max_length=8, default="BSL")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.full_name} <{self.email}> {self.phone}"


class Interpreter(models.Model):
    display_name = models.CharField(max_length=120)
    registration_no = models.CharField(max_length=16, unique=True)
    active = models.BooleanField(default=True)

    def __str__(self):
        return f"Interpreter #{self.pk}"


class Assignment(models.Model):
    client = models.ForeignKey(Client, on_delete=models.PROTECT, related_name="assignments")
    interpreter = models.ForeignKey(Interpreter, null=True, on_delete=models.SET_NULL)
    venue_address = models.TextField()
    starts_at = models.DateTimeField()
    hours = models.DecimalField(max_digits=4, decimal_places=1)
    notes = models.TextField(blank=True)


class PaymentMethod(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="payment_methods")
    gateway_token = models.CharField(max_length=64)
    brand = models.CharField(max_length=16)
    last4 = models.CharField(max_length=4)
    exp_month = models.PositiveSmallIntegerField()
    exp_year = models.PositiveSmallIntegerField()


class InvoiceCard(models.Model):
    client = models.ForeignKey(Client, on_delete=models.CASCADE)
    card_number = models.CharField(max_length=19)
    card_cvc = models.CharField(max_length=4)
    cardholder = models.CharField(max_length=120)
    created_at = models.DateTimeField(auto_now_add=True)


class AccessCard(models.Model):
    interpreter = models.ForeignKey(Interpreter, on_delete=models.CASCADE)
    building = models.CharField(max_length=80)
    access_card_number = models.CharField(max_length=12)
