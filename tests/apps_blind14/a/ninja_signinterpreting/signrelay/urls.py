from django.urls import include, path
from ninja import NinjaAPI

from bookings.api import router as bookings_router
from bookings.api import webhooks as webhook_router

api = NinjaAPI(title="HandsOn Relay", version="2.4.0")
api.add_router("/bookings", bookings_router)
api.add_router("/webhooks", webhook_router)

urlpatterns = [
    path("api/", api.urls),
    path("django-rq/", include("django_rq.urls")),
]
