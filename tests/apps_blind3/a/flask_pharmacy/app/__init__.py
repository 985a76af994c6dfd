"""Application factory for the refill service."""
import logging
import os

import structlog
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from posthog import Posthog

db = SQLAlchemy()
posthog_client = Posthog(
    project_api_key=os.environ.get("POSTHOG_KEY", ""),
    host="https://eu.posthog.com",
)


def _configure_logging(level: str) -> None:
    logging.basicConfig(format="%(message)s", level=level)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            structlog.processors.JSONRenderer(),
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
    )


def create_app(config_object: str = "app.config.ProductionConfig") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    _configure_logging(app.config.get("LOG_LEVEL", "INFO"))
    db.init_app(app)

    from app.routes.patients import bp as patients_bp
    from app.routes.orders import bp as orders_bp

    app.register_blueprint(patients_bp, url_prefix="/api/patients")
    app.register_blueprint(orders_bp, url_prefix="/api/orders")

    log = structlog.get_logger("boot")
    log.info("app_started", env=app.config.get("ENV_NAME"), db_host=app.config.get("DB_HOST"))
    return app
