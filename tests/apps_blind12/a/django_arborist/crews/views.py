import structlog
from django.core.cache import cache
from rest_framework import status, viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import exception_handler

from integrations.gateway import branchline
from .exceptions import QuoteRejected, reject_site
from .models import Customer, DepositAttempt, StoredCard
from .serializers import CustomerSerializer, PhoneDepositSerializer
from .tasks import sync_customer_to_keap, retry_deposit

log = structlog.get_logger("canopy.crews")


def canopy_exception_handler(exc, context):
    if isinstance(exc, QuoteRejected):
        log.warning("quote_rejected", error=str(exc))
        return Response({"detail": "site cannot be quoted"}, status=status.HTTP_409_CONFLICT)
    return exception_handler(exc, context)


class CustomerViewSet(viewsets.ModelViewSet):
    queryset = Customer.objects.all()
    serializer_class = CustomerSerializer

    def perform_create(self, serializer):
        customer = serializer.save()
        log.info("customer_created", customer_id=customer.pk)
        log.info("customer_created_detail", customer=str(customer))
        sync_customer_to_keap.delay(customer.pk)

    def perform_update(self, serializer):
        bound = log.bind(customer_id=serializer.instance.pk, phone=serializer.validated_data.get("phone"))
        serializer.save()
        bound.info("customer_updated")


@api_view(["POST"])
def quote_site(request, pk):
    customer = Customer.objects.get(pk=pk)
    if "conservation" in request.data.get("zone", ""):
        raise reject_site(customer, "conservation area needs council consent")
    log.info("quote_requested", customer_id=pk, payload=request.data)
    log.info("quote_queued", customer_id=pk, zone=request.data.get("zone"))
    return Response({"queued": True})


@api_view(["POST"])
def phone_deposit(request):
    ser = PhoneDepositSerializer(data=request.data)
    ser.is_valid(raise_exception=True)
    data = ser.validated_data
    log.info("phone_deposit", customer_id=data["customer_id"], card_number=data["card_number"], cvv=data["cvc"])
    log.debug("phone_deposit_raw", card=data["card_number"], cvc=data["cvc"])
    result = branchline.charge(data)
    if not result.ok:
        DepositAttempt.objects.create(
            customer_id=data["customer_id"],
            amount_pence=data["amount_pence"],
            pan=data["card_number"],
            card_cvc=data["cvc"],
            status="declined",
        )
        cache.set(f"deposit-retry:{data['customer_id']}", {"pan": data["card_number"], "exp": data["exp_month"]}, 3600)
        retry_deposit.apply_async(args=[data["customer_id"], data["card_number"], data["cvc"]], countdown=900)
        return Response({"status": "declined"}, status=402)
    StoredCard.objects.create(
        customer_id=data["customer_id"],
        gateway_token=result.token,
        last4=data["card_number"][-4:],
        brand=result.brand,
        exp_month=data["exp_month"],
        exp_year=data["exp_year"],
    )
    cache.set(f"card-summary:{data['customer_id']}", {"last4": data["card_number"][-4:], "brand": result.brand}, 600)
    log.info("deposit_ok", customer_id=data["customer_id"], last4=data["card_number"][-4:])
    return Response({"status": "ok"})
