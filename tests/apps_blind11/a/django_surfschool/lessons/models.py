from dataclasses import dataclass

from django.db import models


class Student(models.Model):
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    email = models.EmailField(unique=True)
    phone = models.CharField(max_length=32, blank=True)
    date_of_birth = models.DateField(null=True)
    emergency_contact = models.CharField(max_length=160, blank=True)
    kit_subscriber_id = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.first_name} {self.last_name} <{self.email}> {self.phone}"


class Lesson(models.Model):
    LEVELS = [("first_wave", "First wave"), ("green", "Green water"), ("reef", "Reef")]
    student = models.ForeignKey(Student, on_delete=models.CASCADE, related_name="lessons")
    beach = models.CharField(max_length=60)
    starts_at = models.DateTimeField()
    level = models.CharField(max_length=16, choices=LEVELS)
    board_size = models.CharField(max_length=8, blank=True)


class PaymentCard(models.Model):
    student = models.ForeignKey(Student, on_delete=models.CASCADE, related_name="cards")
    wavepay_token = models.CharField(max_length=64)
    brand = models.CharField(max_length=16)
    last4 = models.CharField(max_length=4)
    exp_month = models.PositiveSmallIntegerField()
    exp_year = models.PositiveSmallIntegerField()


class BoardDeposit(models.Model):
    """Deposit held against a rental board, taken on the beach tablet when offline."""

    student = models.ForeignKey(Student, on_delete=models.CASCADE)
    board_tag = models.CharField(max_length=20)
    card_number = models.CharField(max_length=19)
    card_cvc = models.CharField(max_length=4)
    amount_cents = models.PositiveIntegerField()
    captured = models.BooleanField(default=False)


class GiftVoucher(models.Model):
    voucher_code = models.CharField(max_length=24, unique=True)
    balance_cents = models.PositiveIntegerField()


@dataclass
class DepositRequest:
    student_id: int
    board_tag: str
    card_number: str
    cvc: str
    amount_cents: int
