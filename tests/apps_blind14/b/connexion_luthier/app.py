import connexion
from connexion.middleware import MiddlewarePosition

from luthier.config import settings
from luthier.logging_setup import configure_logging, RequestContextMiddleware
from luthier.models import db

configure_logging(settings["logging"]["level"])

db.bind(**settings["database"])
db.generate_mapping(create_tables=False)

app = connexion.AsyncApp(__name__, specification_dir="openapi")
app.add_middleware(RequestContextMiddleware, position=MiddlewarePosition.BEFORE_ROUTING)
app.add_api("luthier.yaml", strict_validation=True, pythonic_params=True)

if __name__ == "__main__":
    app.run(port=int(settings["server"]["port"]))
