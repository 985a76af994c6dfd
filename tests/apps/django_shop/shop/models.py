from django.db import models


class Customer(models.Model):
    email = models.EmailField(unique=True)
    full_name = models.CharField(max_length=200)
    created = models.DateTimeField(auto_now_add=True)


class StoredCard(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    card_number = models.CharField(max_length=19)  # expect: card_number_storage
    cvv = models.CharField(max_length=4)  # expect: card_security_code_storage
    expiry_month = models.PositiveSmallIntegerField()
    expiry_year = models.PositiveSmallIntegerField()


class PaymentMethod(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    gateway_token = models.CharField(max_length=64)
    card_last4 = models.CharField(max_length=4)
    card_brand = models.CharField(max_length=16)
    masked_pan = models.CharField(max_length=19)
    cvv_checked = models.BooleanField(default=False)


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    total = models.DecimalField(max_digits=10, decimal_places=2)
    pan_suffix = models.CharField(max_length=4)
