"""Tuneline: piano tuning, regulation and restoration bookings (Emmett)."""

from emmett import App
from emmett.orm import Database
from emmett.sessions import SessionManager

app = App(__name__)
app.config_from_yaml("app.yml")
app.config_from_yaml("db.yml", "db")
app.config_from_yaml("services.yml", "services")

app.config.logging.production = {
    "level": "warning",
    "max_size": 50 * 1024 * 1024,
    "file_no": 4,
}

db = Database(app, auto_migrate=False)

from tuneline.models import (  # noqa: E402
    CarePlan,
    CarePlanCard,
    Customer,
    PhonePayment,
    Piano,
    RestorationDeposit,
    Visit,
)

db.define_models(
    Customer, Piano, Visit, CarePlan, CarePlanCard, PhonePayment, RestorationDeposit
)

from tuneline.pipes import ApmPipe, RequestActionPipe  # noqa: E402

app.pipeline = [
    SessionManager.cookies(app.config.auth_secret, expire=3600),
    db.pipe,
    RequestActionPipe(),
    ApmPipe(),
]

from tuneline.routes import careplans, customers, phone, visits, webhooks  # noqa: E402,F401
