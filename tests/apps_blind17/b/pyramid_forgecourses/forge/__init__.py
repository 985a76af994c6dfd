from pyramid.config import Configurator
from pyramid.settings import asbool

from forge import db
from forge.logctx import install_context_filter


def main(global_config, **settings):
    install_context_filter()
    db.connect(settings["sqlalchemy.url"])

    with Configurator(settings=settings) as config:
        config.include("forge.http")
        config.include("forge.queue")
        config.add_tween("forge.logctx.request_context_tween_factory")
        config.add_renderer("json", "pyramid.renderers.JSON")

        config.add_route("students", "/students")
        config.add_route("student", "/students/{id}")
        config.add_route("bookings", "/courses/{course_id}/bookings")
        config.add_route("terminal_sale", "/forge-terminal/sales")
        config.add_route("terminal_refund", "/forge-terminal/refunds")

        config.scan("forge.views")
        if asbool(settings.get("forge.debug_routes", "false")):
            config.add_route("debug_echo", "/_debug/echo")
        return config.make_wsgi_app()
