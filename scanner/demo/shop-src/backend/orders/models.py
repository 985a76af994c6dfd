"""Order and saved-card models of the Demo Shop back end."""

from django.db import models


class Customer(models.Model):
    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)


class SavedCard(models.Model):
    """A card the customer asked us to remember for the next order."""

    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="cards")
    gateway_token = models.CharField(max_length=64)  # Stripe payment method id: safe to keep
    last4 = models.CharField(max_length=4)
    expiry_month = models.PositiveSmallIntegerField()
    expiry_year = models.PositiveSmallIntegerField()
    # Kept "to speed up repeat checkouts": PCI DSS forbids storing it after authorisation.
    card_cvv = models.CharField(max_length=4)


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT)
    total_cents = models.PositiveIntegerField()
    paid = models.BooleanField(default=False)
