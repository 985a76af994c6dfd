from unittest import mock

from django.test import TestCase
from rest_framework.test import APIClient

from bookings.models import Caver, Trip


class BookTripTests(TestCase):
    def setUp(self):
        self.client = APIClient()
        self.caver = Caver.objects.create(
            first_name="Maren", last_name="Okafor", email="maren@example.org",
            phone="07700 900412", date_of_birth="1990-04-02", certification_level="SRT",
        )
        self.trip = Trip.objects.create(site_name="Long Churn", departs_at="2026-06-01T08:00Z", minibus="Transit 2", price_cents=9500)

    @mock.patch("integrations.acquirer.tokenize")
    @mock.patch("integrations.statsig.trip_booked")
    def test_books_with_new_card(self, trip_booked, tokenize):
        tokenize.return_value = {"token": "tok_8f2a", "last4": "0019", "brand": "visa"}
        resp = self.client.post(f"/api/trips/{self.trip.pk}/book", {
            "caver_id": self.caver.pk, "card_number": "4000000000000000",
            "exp_month": 9, "exp_year": 2029, "cvc": "123",
        }, format="json")
        self.assertEqual(resp.status_code, 201)
