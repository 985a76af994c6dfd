from django.db import models
from django_cryptography.fields import encrypt
from fernet_fields import EncryptedCharField


class Payment(models.Model):
    card_number = EncryptedCharField(max_length=19)
    amount = models.DecimalField(max_digits=10, decimal_places=2)


class SavedCard(models.Model):
    pan = encrypt(models.CharField(max_length=19))


class LegacyPayment(models.Model):
    card_number = models.CharField(max_length=19)
