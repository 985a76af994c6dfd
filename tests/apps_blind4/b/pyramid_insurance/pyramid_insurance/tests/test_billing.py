import unittest
from unittest import mock

from pyramid_insurance.services.billing import BillingService, CardInput


class FakeSettings:
    gateway_url = "https://sandbox.paycore.example/v2"
    gateway_key = "sk_test_placeholder"


class CardInputTests(unittest.TestCase):
    def test_masked_keeps_bin_and_last4(self):
        card = CardInput(pan="4242424242424242", exp_month=12, exp_year=2030, cvv="123", holder="Test")
        self.assertEqual(card.masked, "424242******4242")
        self.assertEqual(card.last4, "4242")

    def test_tokenize_stores_only_token(self):
        conn = mock.MagicMock()
        service = BillingService(conn, FakeSettings())
        with mock.patch.object(service.session, "post") as post:
            post.return_value.status_code = 201
            post.return_value.json.return_value = {"id": "tok_1Nabc", "brand": "mastercard"}
            token = service.tokenize(7, CardInput("5555555555554444", 1, 2031, "321", "Jane Roe"))
        self.assertEqual(token, "tok_1Nabc")
        params = conn.execute.call_args[0][1]
        self.assertEqual(params["last4"], "4444")
        self.assertNotIn("5555555555554444", str(params))


if __name__ == "__main__":
    unittest.main()
