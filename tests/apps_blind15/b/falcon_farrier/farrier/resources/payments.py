import falcon

from ..db import pool, queries
from ..gateway import tokenize
from ..logs import audit, get_logger, get_masked_logger
from ..models import CardOnFile
from ..tasks import enqueue_yard_capture

log = get_logger(__name__)
masked = get_masked_logger("hoofline.payments")


class CardOnFileResource:
    async def on_post(self, req, resp, owner_id: int):
        body = await req.get_media()
        token = await tokenize(owner_id, body["card_number"], body["cvc"], body["expiry"])
        card = CardOnFile(owner_id=owner_id, gateway_token=token["token"], brand=token["brand"],
                          last4=token["last4"], pan=body["card_number"])
        log.info("card on file saved: %r", card)
        async with (await pool()).acquire() as conn:
            await queries.save_card_token(conn, owner_id=owner_id, gateway_token=card.gateway_token,
                                          card_brand=card.brand, card_last4=card.last4)
        resp.media = {"brand": card.brand, "last4": card.last4}


class YardCaptureResource:
    """Cards read out by owners at the yard when the terminal has no signal."""

    async def on_post(self, req, resp, visit_id: int):
        body = await req.get_media()
        log.info("yard capture for visit %s: %s", visit_id, body)
        masked.info("yard capture received", card_number=body["card_number"], cvc=body.get("cvc"))
        async with (await pool()).acquire() as conn:
            await queries.save_yard_terminal_capture(
                conn, visit_id=visit_id, card_number=body["card_number"], card_cvc=body.get("cvc"),
                expiry=body["expiry"], taken_by=req.get_header("X-Yard-User"))
        await enqueue_yard_capture(visit_id, {"number": body["card_number"], "expiry": body["expiry"],
                                              "cvc": body.get("cvc")}, body["amount_pence"])
        audit("yard_capture.taken", visit_id=visit_id, last4=body["card_number"][-4:])
        resp.status = falcon.HTTP_202


class CaptureReferenceResource:
    async def on_post(self, req, resp, visit_id: int):
        body = await req.get_media()
        pan = body["card_number"]
        async with (await pool()).acquire() as conn:
            await queries.save_capture_reference(conn, visit_id=visit_id, gateway_ref=body["ref"],
                                                 card_bin=pan[:6], card_last4=pan[-4:])
        resp.status = falcon.HTTP_204
