from rest_framework import serializers

from bookings.models import Caver


class CaverSerializer(serializers.ModelSerializer):
    class Meta:
        model = Caver
        fields = ["id", "first_name", "last_name", "email", "phone", "date_of_birth", "certification_level"]


class BookTripSerializer(serializers.Serializer):
    caver_id = serializers.IntegerField()
    gear_size = serializers.CharField(max_length=8, required=False, allow_blank=True)
    card_number = serializers.CharField(max_length=19, required=False)
    exp_month = serializers.IntegerField(required=False)
    exp_year = serializers.IntegerField(required=False)
    cvc = serializers.CharField(max_length=4, required=False)
    saved_card_id = serializers.IntegerField(required=False)
    hut_deposit = serializers.BooleanField(default=False)
    medical_answers = serializers.DictField(required=False)
