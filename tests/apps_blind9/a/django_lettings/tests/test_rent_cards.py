from datetime import date
from decimal import Decimal
from unittest import mock

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from tenancies.models import Applicant, Application, Property, RentCard, Tenancy


@pytest.fixture
def tenancy(db):
    applicant = Applicant.objects.create(
        first_name="Test", last_name="Tenant", email="tenant@example.test", phone="07700900123",
        date_of_birth=date(1990, 1, 1), current_address="1 Test Street",
    )
    prop = Property.objects.create(reference="KF-T001", address_line1="2 Test Road", town="Leeds",
                                   postcode="LS1 1AA", monthly_rent=Decimal("950.00"), landlord_name="Landlord")
    application = Application.objects.create(applicant=applicant, property=prop)
    return Tenancy.objects.create(application=application, start_date=date(2024, 5, 1), monthly_rent=Decimal("950.00"))


@pytest.fixture
def api(django_user_model):
    client = APIClient()
    client.force_authenticate(django_user_model.objects.create_user("office", "office@example.test", "pw"))
    return client


def test_rent_card_keeps_last4_and_bin(api, tenancy):
    with mock.patch("tenancies.views.cache") as cache:
        response = api.post(reverse("rent-card-list"), {
            "tenancy": tenancy.pk, "cardholder_name": "T Tenant", "card_number": "4242424242424242",
            "card_cvv": "123", "expiry_month": 12, "expiry_year": 2030,
        }, format="json")
    assert response.status_code == 201
    card = RentCard.objects.get(tenancy=tenancy)
    assert card.card_last4 == "4242"
    assert card.card_bin == "424242"
    assert response.json()["masked"] == "**** **** **** 4242"
    assert cache.set.called


def test_holding_deposit_is_queued(api, tenancy):
    with mock.patch("tenancies.views.charge_holding_deposit") as task:
        response = api.post(
            reverse("application-holding-deposit", args=[tenancy.application.pk]),
            {"application_id": tenancy.application.pk, "cardholder_name": "T Tenant", "number": "4000056655665556",
             "cvc": "737", "expiry_month": 3, "expiry_year": 2031},
            format="json",
        )
    assert response.status_code == 202
    assert task.apply_async.call_args.kwargs["countdown"] == 5


def test_mask_pan_rejects_garbage():
    from core.redaction import mask_pan

    assert mask_pan("4242 4242 4242 4241") == "424242******4241"
    assert mask_pan("12") == "****"
