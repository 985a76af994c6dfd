import os

import sentry_sdk
import structlog
from flask import Flask
from sentry_sdk.integrations.flask import FlaskIntegration

from .db import db


def create_app() -> Flask:
    sentry_sdk.init(
        dsn=os.environ.get("SENTRY_DSN"),
        integrations=[FlaskIntegration()],
        traces_sample_rate=0.2,
        send_default_pii=True,
    )
    structlog.configure(
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            structlog.processors.JSONRenderer(),
        ]
    )
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL", "sqlite:///loyalty.db")
    app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
    db.init_app(app)

    from .views import account, checkout

    app.register_blueprint(account.bp)
    app.register_blueprint(checkout.bp)
    return app
