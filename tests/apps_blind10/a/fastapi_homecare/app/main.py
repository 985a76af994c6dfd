import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from app.core.config import get_settings
from app.core.context import request_id_var
from app.core.logging import configure_logging
from app.integrations.brokerage import PackageNotFound
from app.integrations.tallypay import GatewayDeclined
from app.observability import init_sentry
from app.routers import clients, payments, webhooks

settings = get_settings()
configure_logging(settings.log_level)
init_sentry()

app = FastAPI(title="Hearthside Care", version="2.4.0")
app.include_router(clients.router)
app.include_router(payments.router)
app.include_router(webhooks.router)
log = logging.getLogger("hearth.http")


@app.middleware("http")
async def request_context(request: Request, call_next):
    request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
    token = request_id_var.set(request_id)
    try:
        response = await call_next(request)
    finally:
        request_id_var.reset(token)
    response.headers["x-request-id"] = request_id
    log.info("%s %s -> %s", request.method, request.url.path, response.status_code)
    return response


@app.exception_handler(clients.DuplicateClient)
async def duplicate_client(request: Request, exc: clients.DuplicateClient):
    log.warning("rejected duplicate: %s", exc)
    return JSONResponse({"detail": "client already exists", "client_id": exc.existing.id}, status_code=409)


@app.exception_handler(PackageNotFound)
async def package_not_found(request: Request, exc: PackageNotFound):
    log.error("brokerage lookup failed: %s", exc)
    return JSONResponse({"detail": "package not found"}, status_code=404)


@app.exception_handler(GatewayDeclined)
async def gateway_declined(request: Request, exc: GatewayDeclined):
    log.warning("gateway declined code=%s", exc.code)
    return JSONResponse({"detail": "card declined", "code": exc.code}, status_code=402)


@app.exception_handler(RequestValidationError)
async def validation_failed(request: Request, exc: RequestValidationError):
    if request.url.path.startswith("/payments"):
        log.info("validation failed on %s: %s", request.url.path, [e["loc"] for e in exc.errors()])
    else:
        log.info("validation failed on %s: %s", request.url.path, exc.errors())
    return JSONResponse({"detail": exc.errors()}, status_code=422)


@app.get("/healthz")
def healthz():
    return {"ok": True}
