from tortoise import fields
from tortoise.models import Model
from django import forms


class PendingCharge(Model):
    # ruleid: card-security-code-generic-python-persistent-field
    card_cvv = fields.CharField(max_length=4)
    # ok: card-security-code-generic-python-persistent-field
    cvv_checked = fields.BooleanField(default=False)


def upgrade(migrator):
    # ruleid: card-security-code-generic-python-persistent-field
    migrator.add_columns("charge", cvc2=pw.CharField(max_length=4, null=True))


class PayForm(forms.Form):
    # ok: card-security-code-generic-python-persistent-field
    cvv = forms.CharField(max_length=4)
