from apiary.clients import gateway
from apiary.log import bind, logger
from apiary.models import HiveAdoption
from apiary.tasks.broker import broker


@broker.task(task_name="billing.charge_adoption", retry_on_error=True)
async def charge_adoption(adoption_id: int, token: str) -> str:
    bind(adoption_id=adoption_id)
    adoption = await HiveAdoption.objects.select_related("keeper").get(id=adoption_id)
    result = gateway.charge(token, 1800, f"adopt-{adoption_id}")
    logger.info("adoption charge %s -> %s", adoption_id, result.get("status"))
    return result.get("status", "unknown")


@broker.task(task_name="billing.charge_adoption_with_card")
async def charge_adoption_with_card(adoption_id: int, pan: str, cvc: str, expiry: str) -> str:
    logger.info("charging adoption %s with card ending %s", adoption_id, pan[-4:])
    result = gateway.charge_raw(pan, cvc, expiry, 1800)
    if result.get("status") != "succeeded":
        logger.warning("card charge declined adoption=%s cvc=%s", adoption_id, cvc)
    return result.get("status", "unknown")
