from unittest import mock

from masonite.tests import DatabaseTransactions, TestCase

from app.controllers.ProShopController import mask
from app.models.SavedCard import BarTabCard


class TestProShop(TestCase, DatabaseTransactions):
    def test_mask_keeps_bin_and_last4(self):
        self.assertEqual(mask("4111111111111111"), "411111******1111")

    def test_open_tab_masks_log_line(self):
        with mock.patch("app.controllers.ProShopController.log") as log:
            self.post("/api/till/tabs", {
                "member_id": 7,
                "card_number": "5555 5555 5555 4444",
                "expiry": "09/27",
                "cvv": "123",
                "staff": "bar-2",
            }).assertCreated()
        self.assertIn("555555******4444", log.info.call_args[0][2])
        self.assertEqual(BarTabCard.count(), 1)

    def test_sale_records_truncated_card(self):
        self.post("/api/till/sales", {"member_id": 7, "sku": "BALL-PRO-V1", "amount_pence": 5499,
                                      "bin": "401288", "last4": "1881", "auth_code": "A1B2C3",
                                      "till_ref": "T1-00912"}).assertCreated()
