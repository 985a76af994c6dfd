from rest_framework import serializers

from .models import Patient, StoredCard


class PatientSerializer(serializers.ModelSerializer):
    class Meta:
        model = Patient
        fields = ["id", "first_name", "last_name", "email_address", "mobile", "birthdate"]


class StoredCardSerializer(serializers.ModelSerializer):
    class Meta:
        model = StoredCard
        fields = ["id", "card_brand", "card_last4", "exp_month", "exp_year", "is_default"]


class ChargeRequestSerializer(serializers.Serializer):
    """Input of POST /charges; validated then forwarded to the gateway, never saved."""

    amount_cents = serializers.IntegerField(min_value=50)
    card_number = serializers.CharField(max_length=19, write_only=True)
    security_code = serializers.CharField(max_length=4, write_only=True)
    exp_month = serializers.IntegerField(min_value=1, max_value=12)
    exp_year = serializers.IntegerField(min_value=2024)
    save_card = serializers.BooleanField(default=False)
