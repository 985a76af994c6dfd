"""Checkout views of the Demo Shop back end."""

import logging

from django.http import JsonResponse

from .models import Customer, Order, SavedCard

logger = logging.getLogger(__name__)


def checkout(request):
    email = request.POST["email"]
    logger.info("checkout started for %s", email)
    customer, _ = Customer.objects.get_or_create(email=email, defaults={"full_name": request.POST["full_name"]})
    order = Order.objects.create(customer=customer, total_cents=int(request.POST["total_cents"]))
    if request.POST.get("save_card"):
        SavedCard.objects.create(
            customer=customer,
            gateway_token=request.POST["payment_method"],
            last4=request.POST["card_last4"],
            expiry_month=int(request.POST["exp_month"]),
            expiry_year=int(request.POST["exp_year"]),
            card_cvv=request.POST["card_cvc"],
        )
    logger.info("order %s created for customer %s", order.id, customer.id)
    return JsonResponse({"order": order.id})
