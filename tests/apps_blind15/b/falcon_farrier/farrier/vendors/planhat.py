from ..config import settings
from ..http import session
from ..models import Owner


async def upsert_enduser(owner: Owner, company_external_id: str):
    payload = {
        "externalId": f"owner-{owner.id}",
        "companyExternalId": company_external_id,
    }
    payload["email"] = owner.email
    payload["firstName"], _, payload["lastName"] = owner.full_name.partition(" ")
    payload["phone"] = owner.mobile
    headers = {"Authorization": f"Bearer {settings()['planhat']['tenant_token']}"}
    async with session("planhat").post("endusers", json=payload, headers=headers) as resp:
        return await resp.json()


async def track_visit(owner_id: int, action: str, round_code: str):
    tenant = settings()["planhat"]["tenant_token"]
    async with session("planhat").post(
        f"{settings()['planhat']['analytics_url']}/analytics/{tenant}",
        json=[{"action": action, "externalId": f"owner-{owner_id}", "info": {"round": round_code}}],
    ) as resp:
        return resp.status
