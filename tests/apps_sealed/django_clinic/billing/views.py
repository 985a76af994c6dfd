import logging

import requests
from django.conf import settings
from django.db import transaction
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import PendingCharge, Patient, StoredCard
from .serializers import ChargeRequestSerializer, PatientSerializer, StoredCardSerializer
from .tasks import push_patient_profile, send_lab_order

logger = logging.getLogger("billing")


def mask_pan(pan: str) -> str:
    return f"{pan[:6]}{'*' * (len(pan) - 10)}{pan[-4:]}"


class PatientViewSet(viewsets.ModelViewSet):
    serializer_class = PatientSerializer

    def get_queryset(self):
        return Patient.objects.filter(user=self.request.user)

    def perform_create(self, serializer):
        patient = serializer.save(user=self.request.user)
        logger.info(
            "registered patient %s %s <%s> born %s",
            patient.first_name,
            patient.last_name,
            patient.email_address,
            patient.birthdate,
        )
        push_patient_profile.delay(patient.pk)

    def perform_update(self, serializer):
        patient = serializer.save()
        logger.info("patient %s updated fields %s", patient.pk, sorted(serializer.validated_data))

    @action(detail=True, methods=["post"])
    def lab_order(self, request, pk=None):
        patient = self.get_object()
        send_lab_order.delay(patient.pk, request.data.get("panel", "basic"))
        logger.info("lab order queued for patient_id=%s", patient.pk)
        return Response(status=status.HTTP_202_ACCEPTED)


class CardViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = StoredCardSerializer

    def get_queryset(self):
        return StoredCard.objects.filter(patient__user=self.request.user)

    @action(detail=False, methods=["post"])
    def charge(self, request):
        logger.debug("charge request body: %s", request.data)
        form = ChargeRequestSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        patient = Patient.objects.get(user=request.user)
        pan = data["card_number"]
        logger.info("charging patient %s with card %s", patient.pk, mask_pan(pan))

        resp = requests.post(
            f"{settings.PAYMENTS_API}/charges",
            json={
                "amount": data["amount_cents"],
                "source": {"number": pan, "cvc": data["security_code"], "exp_month": data["exp_month"], "exp_year": data["exp_year"]},
            },
            timeout=15,
        )
        if resp.status_code >= 500:
            with transaction.atomic():
                card = StoredCard.objects.create(
                    patient=patient,
                    pan=pan,
                    card_last4=pan[-4:],
                    card_brand="unknown",
                    exp_month=data["exp_month"],
                    exp_year=data["exp_year"],
                    gateway_token=f"pending-{patient.pk}-{pan[-4:]}",
                )
                PendingCharge.objects.create(
                    patient=patient,
                    amount_cents=data["amount_cents"],
                    card=card,
                    cvc2=data["security_code"],
                )
            logger.warning("gateway unavailable, charge for patient %s queued", patient.pk)
            return Response({"queued": True}, status=status.HTTP_202_ACCEPTED)

        body = resp.json()
        if body.get("status") != "succeeded":
            logger.warning("card declined: %s (card ending %s)", body.get("decline_code"), pan[-4:])
            return Response({"error": body.get("decline_code")}, status=status.HTTP_402_PAYMENT_REQUIRED)
        if data["save_card"]:
            StoredCard.objects.create(
                patient=patient,
                pan="",
                card_last4=body["card"]["last4"],
                card_brand=body["card"]["brand"],
                exp_month=data["exp_month"],
                exp_year=data["exp_year"],
                gateway_token=body["card"]["token"],
            )
        logger.info("charge %s succeeded", body["id"])
        return Response({"charge": body["id"]}, status=status.HTTP_201_CREATED)
