from flask import Flask

from config import Config

from .extensions import celery_init_app, db, migrate
from .logging_setup import configure_logging, install_request_context


def create_app(config_class: type = Config) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_class)

    configure_logging(app.config["LOG_LEVEL"], app.config["LOG_JSON"])
    db.init_app(app)
    migrate.init_app(app, db)
    celery_init_app(app)
    install_request_context(app)

    from .api.patients import bp as patients_bp
    from .api.payments import bp as payments_bp
    from .api.webhooks import bp as webhooks_bp
    from .errors import register_error_handlers

    app.register_blueprint(patients_bp, url_prefix="/api/patients")
    app.register_blueprint(payments_bp, url_prefix="/api/payments")
    app.register_blueprint(webhooks_bp, url_prefix="/webhooks")
    register_error_handlers(app)
    return app
