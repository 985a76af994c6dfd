from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views, webhooks

router = DefaultRouter()
router.register("customers", views.CustomerViewSet)

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/customers/<int:pk>/quote", views.quote_site),
    path("api/deposits", views.phone_deposit),
    path("hooks/branchline", webhooks.branchline_webhook),
]
