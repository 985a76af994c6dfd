from rest_framework import serializers

from .models import Lesson, Student


class StudentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Student
        fields = ["id", "first_name", "last_name", "email", "phone", "date_of_birth", "emergency_contact"]


class LessonSerializer(serializers.ModelSerializer):
    class Meta:
        model = Lesson
        fields = ["id", "student", "beach", "starts_at", "level", "board_size"]


class DepositSerializer(serializers.Serializer):
    student_id = serializers.IntegerField()
    board_tag = serializers.CharField(max_length=20)
    card_number = serializers.CharField(max_length=19, write_only=True)
    cvc = serializers.CharField(max_length=4, write_only=True)
    amount_cents = serializers.IntegerField(min_value=100)


class CardTokenSerializer(serializers.Serializer):
    wavepay_token = serializers.CharField(max_length=64)
    brand = serializers.CharField(max_length=16)
    last4 = serializers.CharField(max_length=4)
    exp_month = serializers.IntegerField()
    exp_year = serializers.IntegerField()
