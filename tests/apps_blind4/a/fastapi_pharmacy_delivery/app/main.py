"""FastAPI application factory."""
from fastapi import FastAPI, Request
from loguru import logger

from app.core.config import get_settings
from app.core.logging import configure_logging
from app.routers import orders, patients
from app.services.analytics import init_observability


def create_app() -> FastAPI:
    settings = get_settings()
    configure_logging(json_logs=settings.environment != "development")
    init_observability()
    app = FastAPI(title=settings.project_name)
    app.include_router(patients.router)
    app.include_router(orders.router)

    @app.middleware("http")
    async def access_log(request: Request, call_next):
        response = await call_next(request)
        logger.info("{} {} -> {} ip={}", request.method, request.url.path, response.status_code, request.client.host)
        return response

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
