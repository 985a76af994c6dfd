from rest_framework import serializers

from core.redaction import last4

from .models import Applicant, Application, RentCard, RepairRequest, Tenancy


class ApplicantSerializer(serializers.ModelSerializer):
    class Meta:
        model = Applicant
        fields = [
            "id", "first_name", "last_name", "email", "phone", "date_of_birth",
            "ni_number", "current_address", "annual_income", "employer_name",
        ]
        extra_kwargs = {"ni_number": {"write_only": True}}


class ApplicationSerializer(serializers.ModelSerializer):
    applicant = ApplicantSerializer()
    property_ref = serializers.SlugRelatedField(source="property", slug_field="reference", read_only=True)

    class Meta:
        model = Application
        fields = ["id", "applicant", "property", "property_ref", "status", "holding_deposit", "submitted_at"]
        read_only_fields = ["status", "submitted_at"]

    def create(self, validated_data):
        applicant_data = validated_data.pop("applicant")
        applicant, _ = Applicant.objects.update_or_create(email=applicant_data["email"], defaults=applicant_data)
        return Application.objects.create(applicant=applicant, **validated_data)


class HoldingDepositCardSerializer(serializers.Serializer):
    """Card details posted by the office when a holding deposit is taken by phone.

    Never saved: the numbers are passed to Paylode and only the token comes back.
    """

    application_id = serializers.IntegerField()
    cardholder_name = serializers.CharField(max_length=120)
    number = serializers.CharField(min_length=12, max_length=19)
    cvc = serializers.CharField(min_length=3, max_length=4)
    expiry_month = serializers.IntegerField(min_value=1, max_value=12)
    expiry_year = serializers.IntegerField(min_value=2024)


class RentCardSerializer(serializers.ModelSerializer):
    card_number = serializers.CharField(write_only=True, required=False)
    card_cvv = serializers.CharField(write_only=True, required=False)
    masked = serializers.SerializerMethodField()

    class Meta:
        model = RentCard
        fields = [
            "id", "tenancy", "cardholder_name", "card_number", "card_cvv", "expiry_month",
            "expiry_year", "gateway_token", "masked", "is_default",
        ]
        read_only_fields = ["gateway_token"]

    def get_masked(self, obj: RentCard) -> str:
        return f"**** **** **** {obj.card_last4}"

    def validate(self, attrs):
        number = attrs.get("card_number", "")
        attrs["card_last4"] = last4(number)
        attrs["card_bin"] = number[:6]
        return attrs


class TenancySerializer(serializers.ModelSerializer):
    tenant_name = serializers.CharField(source="tenant.full_name", read_only=True)
    tenant_email = serializers.EmailField(source="tenant.email", read_only=True)

    class Meta:
        model = Tenancy
        fields = ["id", "application", "start_date", "end_date", "rent_day", "monthly_rent", "tenant_name", "tenant_email"]


class RepairRequestSerializer(serializers.ModelSerializer):
    class Meta:
        model = RepairRequest
        fields = ["id", "tenancy", "summary", "details", "access_notes", "contractor_job_id", "created_at"]
        read_only_fields = ["contractor_job_id", "created_at"]


class HubSpotContactMapper:
    """Maps an applicant onto HubSpot contact properties (internal names from the portal)."""

    def __init__(self, applicant: Applicant):
        self.applicant = applicant

    def properties(self) -> dict:
        a = self.applicant
        props = {"lifecyclestage": "opportunity", "kf_applicant_id": str(a.pk)}
        props["email"] = a.email
        props["firstname"] = a.first_name
        props["lastname"] = a.last_name
        props["phone"] = a.phone
        if a.employer_name:
            props["company"] = a.employer_name
        return props
