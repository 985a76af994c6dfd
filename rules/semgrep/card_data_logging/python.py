import logging

logger = logging.getLogger(__name__)


def charge(request, card):
    pan = request.POST["card_number"]
    cvv = request.POST.get("cvv")
    # ruleid: card-data-logging-python
    logger.info("charging card %s", pan)
    # ruleid: card-data-logging-python
    logger.debug("cvv=%s", cvv)
    # ruleid: card-data-logging-python
    logger.error(f"declined {card.ccNumber}")
    # ok: card-data-logging-python
    logger.info("charging card ending %s", pan[-4:])
    # ok: card-data-logging-python
    logger.info("charging card %s", mask_pan(pan))
    # ok: card-data-logging-python
    logger.info("token %s", card.card_token)
    # ok: card-data-logging-python
    logger.info("cvv supplied: %s", cvv is not None)


@dataclass
class ChargeRequest:
    card_number: str
    amount_cents: int


@dataclass(frozen=True)
class SavedCardView:
    card_token: str
    card_number: str = field(repr=False)


@attr.s
class Refund:
    pan = attr.ib()

    def __repr__(self):
        return f"Refund(pan=****{self.pan[-4:]})"


def pay(request: ChargeRequest, view: SavedCardView, refund: Refund):
    # ruleid: card-data-logging-python-repr-object
    logger.info("charging %s", request)
    # ok: card-data-logging-python-repr-object
    logger.info("saved card %s", view)
    # ok: card-data-logging-python-repr-object
    logger.info("refund %r", refund)
    retry = ChargeRequest(card_number=request.card_number, amount_cents=100)
    # ruleid: card-data-logging-python-repr-object, card-data-logging-python
    logger.warning(f"retrying {retry}")


def debug_charge(request):
    card_number = request.POST["card_number"]
    # ruleid: card-data-logging-python
    print("charging", card_number)
    # ok: card-data-logging-python
    print("charging card ending", card_number[-4:])
