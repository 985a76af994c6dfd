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


class ChargeViewSet(viewsets.ViewSet):
    def create(self, request):
        # ruleid: card-data-logging-python-request-body
        logger.debug("charge request: %s", request.data)
        form = ChargeSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        return gateway.charge(form.validated_data["card_number"], form.validated_data["cvc"])

    def refund(self, request):
        # ok: card-data-logging-python-request-body
        logger.debug("refund request: %s", request.data)
        return gateway.refund(request.data["charge_id"])


@router.post("/holds")
async def place_hold(payload: HoldIn):
    reply = await psp.authorise(payload.card.number, payload.card.cvv)
    if not reply.ok:
        # ruleid: card-data-logging-python-request-model
        log.warning("hold refused: %s", payload.model_dump())
    return reply


@router.post("/profiles")
async def save_profile(payload: ProfileIn):
    # ok: card-data-logging-python-request-model
    log.info("profile saved: %s", payload.model_dump())


def take_deposit(card, log):
    # ruleid: card-data-logging-python
    log.info("deposit on %s", card["number"])
    saved = SavedCard.objects.create(pan=card["number"], last4=card["number"][-4:])
    # ok: card-data-logging-python
    log.info("saved card ending %s", saved.last4)


def check_card(pan, log):
    # ruleid: card-data-logging-python
    log.info("checking card %s", pan)
    # ruleid: card-data-logging-python
    log.info("checking card %s", pan.strip())


def import_payments(reader):
    for rec in reader:
        store(rec["card_number"][-4:], rec["amount"])
        # ruleid: card-data-logging-python-row
        logger.debug("imported %s", rec)
        # ok: card-data-logging-python-row
        logger.debug("imported %s", rec["id"])


async def purchase(self, _acquirer, logger):
    body = self.json_body
    card = body["payment"]
    pan = card["primaryAccountNumber"]
    # ruleid: card-data-logging-python-request-body
    self.log.debug("purchase request {}", body)
    auth = await _acquirer.post("/authorisations", json={"pan": pan, "cvc2": card["cvc2"]})
    token = auth.json()["token"]
    # ok: card-data-logging-python
    logger.info("card {} token {}", masked(pan), token)


def move_camera(camera_id: str, pan: int = 0, tilt: int = 0):
    # ok: card-data-logging-python
    logger.info("camera %s pan=%d tilt=%d", camera_id, pan, tilt)


def charge_swipe(swipe_id: str, pan: str):
    # ruleid: card-data-logging-python
    logger.info("swipe %s pan=%s", swipe_id, pan)


class DepositResource:
    def on_post(self, req, resp):
        body = req.get_media()
        # ruleid: card-data-logging-python-request-body, card-data-logging-python-row
        log.debug("new deposit %s", body)
        # ruleid: card-data-logging-python-request-body
        log.debug("new deposit", extra={"body": body})
        self.payments.hold(body["card_number"], body["cvv"])


class BookingCollection:
    def on_post(self, req, resp):
        body = req.get_media()
        # ruleid: card-data-logging-python-request-body
        log.debug("new booking request %s", body)
        card = body.get("card")
        self.payments.tokenize(card)


def on_put(req, resp):
    body = req.get_media()
    # ok: card-data-logging-python-request-body
    log.debug("profile update %s", body)
    resp.media = {"badge": body.get("key_card")}


class CameraResource:
    def on_post(self, req, resp):
        body = req.get_media()
        pan = float(body.get("pan", 0))
        # ok: card-data-logging-python
        log.info("webcam moved pan=%.1f", pan)


def charge_holding_deposit(application_id, number, cvc, exp_month, exp_year):
    card = {"number": number, "cvc": cvc, "exp_month": exp_month, "exp_year": exp_year}
    result = _acme_charge(2500, card=card)
    # ok: card-data-logging-python
    logger.warning("holding deposit declined for %s: %s", application_id, result.get("decline_code"))
    # ruleid: card-data-logging-python
    logger.warning("holding deposit declined: %s", card)


def replace_card_on_file(client_id, holder, number, expiry, cvc):
    vaulted = tallypay.vault_card(number=number, cvc=cvc, expiry=expiry, holder=holder)
    # ok: card-data-logging-python
    log.info("client %s card replaced, token=%s last4=%s", client_id, vaulted["token"], vaulted["last4"])
    # ruleid: card-data-logging-python
    log.info("client %s card replaced: %s", client_id, vaulted["card_number"])
