import os

from ..http import session


async def ship_incident(kind: str, owner_email: str, detail: dict):
    await session("logtail").post(
        "/",
        headers={"Authorization": f"Bearer {os.environ['LOGTAIL_SOURCE_TOKEN']}"},
        json={"message": f"{kind} for {owner_email}", "detail": detail},
    )


async def ship_metric(kind: str, count: int):
    await session("logtail").post(
        "/",
        headers={"Authorization": f"Bearer {os.environ['LOGTAIL_SOURCE_TOKEN']}"},
        json={"message": kind, "count": count},
    )
