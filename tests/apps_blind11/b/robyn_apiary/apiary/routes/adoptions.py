from robyn import Request, SubRouter, jsonify

from apiary.clients import crm, gateway
from apiary.log import bind, logger
from apiary.models import HiveAdoption, Keeper, StoredCard
from apiary.tasks.billing import charge_adoption, charge_adoption_with_card

router = SubRouter(__file__, prefix="/adoptions")


@router.post("/")
async def adopt(request: Request):
    body = request.json()
    keeper = await Keeper.objects.get(id=body["keeper_id"])
    bind(keeper_id=keeper.id, hive=body["hive_code"])
    card = body["card"]
    tok = gateway.tokenize(card["number"], card["expiry"], card["cvc"])
    stored = await StoredCard.objects.create(keeper=keeper, gateway_token=tok["token"], last4=tok["last4"], brand=tok["brand"], expiry=card["expiry"], cvc_check=tok.get("cvc_check", "unchecked"))
    adoption = await HiveAdoption.objects.create(keeper=keeper, hive_code=body["hive_code"], plan=body.get("plan", "monthly"), card=stored)
    await charge_adoption.kiq(adoption.id, stored.gateway_token)
    crm.track_adoption(keeper, body["hive_code"])
    logger.info("adoption %s created last4=%s", adoption.id, stored.last4)
    return jsonify({"id": adoption.id})


@router.post("/express")
async def adopt_express(request: Request):
    body = request.json()
    keeper = await Keeper.objects.get(id=body["keeper_id"])
    adoption = await HiveAdoption.objects.create(keeper=keeper, hive_code=body["hive_code"])
    await charge_adoption_with_card.kiq(adoption.id, body["card"]["number"], body["card"]["cvc"], body["card"]["expiry"])
    logger.info("express adoption queued %s card=%s", adoption.id, body["card"])
    return jsonify({"id": adoption.id, "queued": True})
