import logging

from esmerald import APIView, Request, get, post, put
from esmerald.exceptions import NotFound
from pydantic import BaseModel

from regatta.db import engine
from regatta.entries.models import CrewChange, Entry, Sailor
from regatta.integrations import clevertap, sumo, tidewater
from regatta.logging_setup import sailor_var
from regatta.jobs.scheduler import scheduler

log = logging.getLogger("regatta.entries")


class EntryIn(BaseModel):
    event_code: str
    boat_class: str
    sail_number: str
    helm: dict
    crew_ids: list[str] = []


class EntryView(APIView):
    path = "/entries"

    @post("/")
    async def create(self, request: Request, data: EntryIn) -> dict:
        log.info("new entry payload %s", await request.json())
        helm = await engine.find_one(Sailor, Sailor.world_sailing_id == data.helm["world_sailing_id"])
        if helm is None:
            helm = Sailor(**data.helm)
            await engine.save(helm)
            log.info("registered sailor %s", helm)
        sailor_var.set(helm.email)
        entry = Entry(event_code=data.event_code, boat_class=data.boat_class, sail_number=data.sail_number,
                      helm_id=helm.world_sailing_id, crew_ids=data.crew_ids, fee_pence=4500)
        await engine.save(entry)
        log.info("entry %s created for helm_id=%s", entry.id, helm.world_sailing_id)
        clevertap.push_profile(helm)
        clevertap.push_entry_event(helm, data.event_code, data.boat_class)
        sumo.ship_entry_audit(str(entry.id), helm.email, "created")
        scheduler.add_job("regatta.jobs.tasks:publish_to_tidewater", args=[str(entry.id)], id=f"tw-{entry.id}",
                          replace_existing=True)
        return {"id": str(entry.id), "status": entry.status}

    @put("/{entry_id}/crew")
    async def change_crew(self, entry_id: str, data: CrewChange) -> dict:
        entry = await engine.find_one(Entry, Entry.id == entry_id)
        if entry is None:
            raise NotFound(f"entry {entry_id} not found")
        log.info("crew change requested %r", data)
        log.info("crew change entry=%s", entry_id)
        return {"ok": True}

    @get("/{entry_id}")
    async def show(self, entry_id: str) -> dict:
        entry = await engine.find_one(Entry, Entry.id == entry_id)
        if entry is None:
            raise NotFound(f"entry {entry_id} not found")
        return entry.model_dump(mode="json")


@get("/sailors/lookup")
async def lookup_sailor(email: str) -> dict:
    sailor = await engine.find_one(Sailor, Sailor.email == email)
    if sailor is None:
        log.warning("lookup miss for email=%s", email)
        raise NotFound("no sailor")
    return {"world_sailing_id": sailor.world_sailing_id, "club": sailor.club}
