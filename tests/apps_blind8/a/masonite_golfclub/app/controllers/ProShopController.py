"""Pro shop and bar till integration."""
from logbook import Logger
from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response

from app.models.SavedCard import BarTabCard
from app.models.TeeTime import ProShopSale
from app.services.PaymentGateway import PaymentGateway

log = Logger("clubhouse.proshop")


def mask(pan):
    return f"{pan[:6]}{'*' * (len(pan) - 10)}{pan[-4:]}"


class ProShopController(Controller):
    def sale(self, request: Request, response: Response):
        """The till has already taken the payment; it reports the truncated card."""
        sale = ProShopSale.create({
            "member_id": request.input("member_id"),
            "sku": request.input("sku"),
            "amount_pence": int(request.input("amount_pence")),
            "pan_first6": request.input("bin"),
            "pan_last4": request.input("last4"),
            "auth_code": request.input("auth_code"),
            "till_ref": request.input("till_ref"),
        })
        log.info("till sale {} sku={} amount={} card={}******{}", sale.till_ref, sale.sku,
                 sale.amount_pence, sale.pan_first6, sale.pan_last4)
        return response.json({"id": sale.id}, status=201)

    def open_tab(self, request: Request, response: Response):
        pan = request.input("card_number").replace(" ", "")
        tab = BarTabCard.create({
            "member_id": request.input("member_id"),
            "card_number": pan,
            "expiry": request.input("expiry"),
            "cvv": request.input("cvv"),
            "opened_by": request.input("staff"),
        })
        log.info("bar tab {} opened on card {}", tab.id, mask(pan))
        return response.json({"tab": tab.id}, status=201)

    def close_tab(self, request: Request, response: Response):
        tab = BarTabCard.find_or_fail(request.param("id"))
        amount = int(request.input("amount_pence"))
        try:
            PaymentGateway().charge_keyed(tab.card_number, tab.expiry, tab.cvv, amount, f"BAR-{tab.id}")
        except Exception:
            log.error("bar tab {} charge failed for card {} cvv {}", tab.id, tab.card_number, tab.cvv)
            raise
        tab.delete()
        return response.json({"ok": True})
