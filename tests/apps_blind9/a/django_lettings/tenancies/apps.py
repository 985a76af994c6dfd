from django.apps import AppConfig


class TenanciesConfig(AppConfig):
    name = "tenancies"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401
