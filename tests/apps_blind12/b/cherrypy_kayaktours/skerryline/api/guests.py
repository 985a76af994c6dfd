import logging

import cherrypy

from ..integrations import mailjet, woopra
from ..models import EmergencyContact, Guest

log = logging.getLogger("skerryline.api.guests")


class DuplicateGuest(Exception):
    pass


@cherrypy.expose
class GuestsResource:
    @cherrypy.tools.json_in()
    def POST(self):
        data = cherrypy.request.json
        log.debug("guest signup payload %s", data)
        if Guest.objects(email=data["email"]).first():
            raise DuplicateGuest(f"guest already registered: {data['email']}")
        guest = Guest(
            full_name=data["full_name"], email=data["email"], phone=data.get("phone"),
            date_of_birth=data.get("date_of_birth"), swim_ability=data.get("swim_ability", 0),
            emergency_contact=EmergencyContact(**data["emergency_contact"]),
        ).save()
        log.info("guest created id=%s", guest.id)
        woopra.identify(guest)
        if data.get("newsletter"):
            mailjet.subscribe(guest)
        cherrypy.response.status = 201
        return {"id": str(guest.id)}

    def GET(self, guest_id):
        guest = Guest.objects.get(id=guest_id)
        log.info("guest lookup %s", guest)
        return {"id": str(guest.id), "name": guest.full_name}


def handle_error():
    exc = cherrypy._cperror.format_exc()
    log.error("unhandled error on %s: %s", cherrypy.request.path_info, exc)
    cherrypy.response.status = 500
    cherrypy.response.body = b'{"error": "internal"}'
