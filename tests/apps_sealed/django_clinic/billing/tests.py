from unittest import mock

from django.contrib.auth import get_user_model
from rest_framework.test import APITestCase

from billing.models import Patient, StoredCard


class ChargeTests(APITestCase):
    def setUp(self):
        user = get_user_model().objects.create_user("ilse", password="x")
        self.patient = Patient.objects.create(user=user, first_name="Ilse", last_name="V", email_address="i@example.nl", birthdate="1984-03-12")
        self.client.force_authenticate(user)

    @mock.patch("billing.views.requests.post")
    def test_successful_charge_does_not_store_pan(self, post):
        post.return_value.status_code = 200
        post.return_value.json.return_value = {"id": "ch_1", "status": "succeeded", "card": {"last4": "4242", "brand": "visa", "token": "tok_1"}}
        resp = self.client.post(
            "/api/cards/charge/",
            {"amount_cents": 1000, "card_number": "4242424242424242", "security_code": "123", "exp_month": 4, "exp_year": 2030, "save_card": True},
            format="json",
        )
        self.assertEqual(resp.status_code, 201)
        self.assertEqual(StoredCard.objects.get().pan, "")
