import uuid

import cherrypy

from .logging_setup import request_guest, request_id
from .models import Guest


def _bind_request_context():
    request_id.set(cherrypy.request.headers.get("X-Request-Id") or uuid.uuid4().hex[:12])
    guest_id = cherrypy.request.headers.get("X-Guest-Id")
    request_guest.set(Guest.objects(id=guest_id).first() if guest_id else None)


cherrypy.tools.request_context = cherrypy.Tool("before_handler", _bind_request_context, priority=20)
