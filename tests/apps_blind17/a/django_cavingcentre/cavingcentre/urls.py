from django.urls import include, path
from rest_framework.routers import DefaultRouter

from bookings.api import views

router = DefaultRouter()
router.register("cavers", views.CaverViewSet, basename="caver")

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/trips/<int:trip_id>/book", views.book_trip),
    path("api/webhooks/acquirer", views.acquirer_webhook),
]
