from unittest import mock

import pytest
from rest_framework.test import APIClient

from crews.models import Customer, StoredCard


@pytest.mark.django_db
def test_successful_deposit_keeps_only_token():
    c = Customer.objects.create(full_name="Ada Beech", email="ada@example.org", phone="+44 7700 900123", site_address="1 Elm Row")
    client = APIClient()
    with mock.patch("crews.views.branchline") as gw:
        gw.charge.return_value = mock.Mock(ok=True, token="tok_8f2a", brand="visa")
        resp = client.post("/api/deposits", {
            "customer_id": c.pk, "amount_pence": 5000, "card_number": "4716192060091420",
            "cvc": "123", "exp_month": 4, "exp_year": 2030,
        }, format="json")
    assert resp.status_code == 200
    assert StoredCard.objects.get().gateway_token == "tok_8f2a"


@pytest.mark.django_db
def test_export_masks_cards_on_file(capsys):
    from django.core.management import call_command
    c = Customer.objects.create(full_name="Rowan Ash", email="rowan@example.org", phone="07700900456", site_address="3 Oak Ln")
    StoredCard.objects.create(customer=c, gateway_token="tok_91aa", last4="4455", brand="mastercard", exp_month=1, exp_year=2029)
    call_command("export_deposits")
    assert "****4455" in capsys.readouterr().out
