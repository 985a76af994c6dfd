from rest_framework import serializers

from .models import Customer, StoredCard


class CustomerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Customer
        fields = ["id", "full_name", "email", "phone", "site_address"]


class CardSerializer(serializers.ModelSerializer):
    class Meta:
        model = StoredCard
        fields = ["id", "brand", "last4", "exp_month", "exp_year"]


class PhoneDepositSerializer(serializers.Serializer):
    customer_id = serializers.IntegerField()
    amount_pence = serializers.IntegerField(min_value=100)
    card_number = serializers.CharField(max_length=19)
    cvc = serializers.CharField(max_length=4)
    exp_month = serializers.IntegerField()
    exp_year = serializers.IntegerField()
