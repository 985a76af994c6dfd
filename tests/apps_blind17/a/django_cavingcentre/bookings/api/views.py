import structlog
from django.core.cache import cache
from django.db import transaction
from rest_framework import status, viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response

from bookings.audit import audit
from bookings.models import MinibusDeposit, Booking, Caver, StoredCard, Trip
from bookings.tasks import capture_hut_deposit, sync_caver_to_crm
from integrations import acquirer, medical, statsig

from .serializers import BookTripSerializer, CaverSerializer

log = structlog.get_logger("bookings.api")


class CaverViewSet(viewsets.ModelViewSet):
    queryset = Caver.objects.all().order_by("-created_at")
    serializer_class = CaverSerializer

    def perform_create(self, serializer):
        caver = serializer.save()
        structlog.contextvars.bind_contextvars(caver_id=caver.pk)
        log.info("caver_registered", caver=str(caver))
        log.info("caver_registered_ids", caver_id=caver.pk, level=caver.certification_level)
        sync_caver_to_crm.delay(caver.pk)
        statsig.caver_signed_up(caver)

    def perform_update(self, serializer):
        before = CaverSerializer(serializer.instance).data
        caver = serializer.save()
        audit("caver_updated", actor=self.request.user.username, before=before, after=serializer.data)
        audit("caver_updated_ids", actor_id=self.request.user.pk, caver_id=caver.pk)


@api_view(["POST"])
def book_trip(request, trip_id):
    payload = BookTripSerializer(data=request.data)
    payload.is_valid(raise_exception=True)
    data = payload.validated_data
    structlog.contextvars.bind_contextvars(trip_id=trip_id)
    log.debug("book_trip_request", body=request.data)

    trip = Trip.objects.get(pk=trip_id)
    caver = Caver.objects.get(pk=data["caver_id"])

    if data.get("medical_answers"):
        medical.request_clearance(caver, data["medical_answers"])

    with transaction.atomic():
        if data.get("hut_deposit"):
            deposit = MinibusDeposit.objects.create(
                trip=trip,
                caver=caver,
                card_number=data["card_number"],
                card_cvc=data["cvc"],
                amount_cents=trip.price_cents // 4,
            )
            capture_hut_deposit.apply_async(
                args=[deposit.pk, data["card_number"], data["exp_month"], data["exp_year"], data["cvc"]],
                countdown=600,
            )
            log.info("hut_deposit_queued", deposit_id=deposit.pk)
            return Response({"deposit_id": deposit.pk}, status=status.HTTP_202_ACCEPTED)

        if data.get("saved_card_id"):
            card = StoredCard.objects.get(pk=data["saved_card_id"], caver=caver)
        else:
            log.info("tokenizing_card", caver_id=caver.pk, card_last4=data["card_number"][-4:])
            token = acquirer.tokenize(data["card_number"], data["exp_month"], data["exp_year"], data["cvc"])
            card = StoredCard.objects.create(
                caver=caver,
                gateway_token=token["token"],
                last4=token["last4"],
                brand=token["brand"],
                exp_month=data["exp_month"],
                exp_year=data["exp_year"],
            )
        booking = Booking.objects.create(trip=trip, caver=caver, card=card, gear_size=data.get("gear_size", ""))

    cache.set(f"booking:{booking.pk}:summary", {"trip": trip.site_name, "card_last4": card.last4}, timeout=3600)
    statsig.trip_booked(caver, trip, booking)
    log.info("trip_booked", booking_id=booking.pk, caver_id=caver.pk)
    return Response({"booking_id": booking.pk}, status=status.HTTP_201_CREATED)


@api_view(["POST"])
def acquirer_webhook(request):
    event = request.data
    log.info("acquirer_webhook", event_type=event.get("type"), charge_id=event.get("charge", {}).get("id"))
    if event.get("type") == "charge.failed":
        charge = event["charge"]
        log.warning(
            "charge_failed",
            reference=charge.get("reference"),
            card=charge.get("payment_method_details", {}).get("card"),
        )
    return Response(status=204)
