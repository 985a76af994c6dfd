import logging
import uuid

from microdot import Microdot

from . import logctx
from .errors import SignupRejected, CardDeclined
from .routes.subscriptions import subscriptions_app
from .routes.tours import tours_app
from .routes.payments import payments_app

logctx.configure()
log = logging.getLogger("sporehaus.http")

app = Microdot()
app.mount(subscriptions_app, url_prefix="/api/subscriptions")
app.mount(tours_app, url_prefix="/api/tours")
app.mount(payments_app, url_prefix="/api/payments")


@app.before_request
async def bind_context(request):
    logctx.request_id_var.set(request.headers.get("X-Request-Id") or uuid.uuid4().hex[:12])
    if request.json and isinstance(request.json, dict) and "email" in request.json:
        logctx.member_email_var.set(request.json["email"])
    log.info("%s %s from %s", request.method, request.path, request.client_addr)


@app.errorhandler(SignupRejected)
async def signup_rejected(request, exc):
    log.warning("signup rejected: %s", exc)
    return {"error": "signup_rejected"}, 409


@app.errorhandler(CardDeclined)
async def card_declined(request, exc):
    log.warning("charge failed: %s", exc)
    return {"error": "card_declined"}, 402


@app.errorhandler(500)
async def server_error(request):
    log.error("unhandled error on %s body=%s", request.path, request.body)
    return {"error": "internal"}, 500


if __name__ == "__main__":
    app.run(port=8080)
