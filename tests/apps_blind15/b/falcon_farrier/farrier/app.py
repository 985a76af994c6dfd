import falcon.asgi

from . import logs
from .http import close_all
from .middleware import RequestContext, handle_error
from .resources.owners import OwnerCollection, OwnerItem
from .resources.payments import CaptureReferenceResource, CardOnFileResource, YardCaptureResource
from .resources.visits import ShoeOrderResource, VisitCollection
from .resources.webhooks import GatewayWebhook


class Lifespan:
    async def process_startup(self, scope, event):
        logs.setup()

    async def process_shutdown(self, scope, event):
        await close_all()


def create_app() -> falcon.asgi.App:
    app = falcon.asgi.App(middleware=[Lifespan(), RequestContext()])
    app.add_error_handler(Exception, handle_error)
    app.add_route("/owners", OwnerCollection())
    app.add_route("/owners/{owner_id:int}", OwnerItem())
    app.add_route("/owners/{owner_id:int}/card", CardOnFileResource())
    app.add_route("/visits", VisitCollection())
    app.add_route("/visits/{visit_id:int}/yard-capture", YardCaptureResource())
    app.add_route("/visits/{visit_id:int}/capture-ref", CaptureReferenceResource())
    app.add_route("/visits/{visit_id:int}/shoe-order", ShoeOrderResource())
    app.add_route("/hooks/paddockpay", GatewayWebhook())
    return app


app = create_app()
