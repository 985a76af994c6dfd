from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from tenancies import views
from webhooks.views import paylode_webhook

router = DefaultRouter()
router.register("applications", views.ApplicationViewSet, basename="application")
router.register("tenancies", views.TenancyViewSet, basename="tenancy")
router.register("rent-cards", views.RentCardViewSet, basename="rent-card")
router.register("repairs", views.RepairRequestViewSet, basename="repair")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include(router.urls)),
    path("hooks/paylode/", paylode_webhook, name="paylode-webhook"),
]
