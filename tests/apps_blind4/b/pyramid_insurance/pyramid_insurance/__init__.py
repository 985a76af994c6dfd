"""BrightCover: a Pyramid application selling home and travel insurance policies."""
import logging

from pyramid.config import Configurator
from sqlalchemy import create_engine

from . import logging_setup
from .settings import load

log = logging.getLogger(__name__)


def main(global_config, **raw_settings):
    logging_setup.configure(raw_settings.get("log.level"))
    settings = load(raw_settings)
    engine = create_engine(settings.sqlalchemy_url, pool_pre_ping=True, future=True)

    with Configurator(settings=raw_settings) as config:
        config.registry.app_settings = settings
        config.registry.engine = engine
        config.include("pyramid_jinja2")
        config.add_request_method(lambda r: r.registry.engine.connect(), "db", reify=True)
        config.add_route("health", "/healthz")
        config.add_route("quote_create", "/api/quotes")
        config.add_route("quote_detail", "/api/quotes/{quote_id}")
        config.add_route("policy_purchase", "/api/policies/{quote_id}/purchase")
        config.add_route("policy_autopay", "/api/policies/{policy_id}/autopay")
        config.add_route("claim_submit", "/api/claims")
        config.scan(".views")
        log.info("BrightCover starting, email host %s:%s", settings.email_host, settings.email_port)
        return config.make_wsgi_app()
