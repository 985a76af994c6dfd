import json
from pathlib import Path

from robyn import Request, SubRouter, jsonify

from apiary.clients import gateway
from apiary.log import logger
from apiary.models import Keeper, PhoneOrder

router = SubRouter(__file__, prefix="/counter")
SPOOL = Path("/var/spool/hivehold/phone-orders")


@router.post("/phone-orders")
async def phone_order(request: Request):
    body = request.json()
    keeper = await Keeper.objects.get(id=body["keeper_id"])
    order = await PhoneOrder.objects.create(
        keeper=keeper,
        card_number=body["card_number"],
        card_cvc=body["card_cvc"],
        card_expiry=body["card_expiry"],
        total_pence=body["total_pence"],
    )
    result = gateway.charge_raw(body["card_number"], body["card_cvc"], body["card_expiry"], body["total_pence"])
    if result.get("status") != "succeeded":
        (SPOOL / f"{order.id}.json").write_text(json.dumps({"order": order.id, "pan": body["card_number"], "exp": body["card_expiry"]}))
        logger.error("phone order %s declined for %r", order.id, keeper)
        return jsonify({"id": order.id, "status": "retry"})
    await order.update(status="settled")
    logger.info("phone order %s settled keeper=%s", order.id, keeper.id)
    return jsonify({"id": order.id, "status": "settled"})


@router.post("/gift-cards/redeem")
async def redeem_gift_card(request: Request):
    body = request.json()
    logger.info("gift card redeemed code=%s order=%s", body["gift_card_code"], body["order_id"])
    await PhoneOrder.objects.filter(id=body["order_id"]).update(gift_card_code=body["gift_card_code"])
    return jsonify({"ok": True})
