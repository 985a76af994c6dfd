from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.config import get_settings
from app.logging_setup import configure_logging, get_logger
from app.middleware import RequestContextMiddleware
from app.routers import owners, stays, webhooks

configure_logging(get_settings().log_level)
log = get_logger("whiskerwood")

app = FastAPI(title="Whiskerwood Cattery")
app.add_middleware(RequestContextMiddleware)
app.include_router(owners.router)
app.include_router(stays.router)
app.include_router(webhooks.router)


@app.exception_handler(owners.DuplicateOwner)
async def duplicate_owner_handler(request: Request, exc: owners.DuplicateOwner):
    log.warning("owner.duplicate", detail=str(exc))
    return JSONResponse(status_code=409, content={"detail": "owner already registered"})


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.exception("unhandled", path=request.url.path)
    return JSONResponse(status_code=500, content={"detail": "internal error"})
