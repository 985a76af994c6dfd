import uuid

from .logging import actor_var, request_id_var


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        rid = request.headers.get("X-Request-ID") or uuid.uuid4().hex
        request_id_var.set(rid)
        if request.user.is_authenticated:
            actor_var.set(request.user.email)
        else:
            actor_var.set("anonymous")
        response = self.get_response(request)
        response["X-Request-ID"] = rid
        return response
