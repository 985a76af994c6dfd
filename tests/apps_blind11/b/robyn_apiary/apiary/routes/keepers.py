from robyn import Request, SubRouter, jsonify

from apiary.clients import crm
from apiary.log import bind, logger
from apiary.models import Keeper

router = SubRouter(__file__, prefix="/keepers")


@router.post("/")
async def sign_up(request: Request):
    body = request.json()
    logger.info("sign-up request %s", body)
    keeper = await Keeper.objects.create(
        email=body["email"].lower(),
        full_name=body["full_name"],
        phone=body.get("phone"),
        postcode=body["postcode"],
    )
    bind(keeper_id=keeper.id)
    logger.info("keeper created %s", keeper.label())
    crm.upsert_person(keeper)
    return jsonify({"id": keeper.id})


@router.put("/:keeper_id")
async def update(request: Request):
    keeper = await Keeper.objects.get(id=int(request.path_params["keeper_id"]))
    changes = request.json()
    bind(keeper_id=keeper.id, keeper_email=keeper.email)
    await keeper.update(**{k: v for k, v in changes.items() if k in {"full_name", "phone", "postcode"}})
    logger.info("keeper updated fields=%s", sorted(changes))
    return jsonify({"ok": True})


@router.post("/login")
async def login(request: Request):
    creds = request.json()
    keeper = await Keeper.objects.get_or_none(email=creds["email"])
    if keeper is None:
        logger.warning("login failed for %s with password %s from %s", creds["email"], creds["password"], request.ip_addr)
        return {"status_code": 401, "description": "invalid", "headers": {}}
    logger.info("login ok keeper=%s", keeper.id)
    return jsonify({"id": keeper.id})
