from flask import Flask

from .extensions import db, migrate
from .logging_setup import configure_logging, bind_request_context


def create_app(config_object: str = "config.Config") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)

    configure_logging(app.config["LOG_LEVEL"])
    db.init_app(app)
    migrate.init_app(app, db)

    from .members.routes import bp as members_bp
    from .payments.routes import bp as payments_bp
    from .webhooks import bp as webhooks_bp
    from .errors import register_error_handlers

    app.register_blueprint(members_bp, url_prefix="/api/members")
    app.register_blueprint(payments_bp, url_prefix="/api/payments")
    app.register_blueprint(webhooks_bp, url_prefix="/hooks")
    app.before_request(bind_request_context)
    register_error_handlers(app)
    return app
