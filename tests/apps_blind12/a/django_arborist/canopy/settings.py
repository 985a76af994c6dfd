import os
from pathlib import Path

import structlog

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "crews",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_structlog.middlewares.RequestMiddleware",
    "crews.middleware.CustomerContextMiddleware",
]

REST_FRAMEWORK = {
    "EXCEPTION_HANDLER": "crews.views.canopy_exception_handler",
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/3")
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_BACKEND = "django-db"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://localhost:6379/4"),
    }
}

KEAP = {
    "BASE": os.environ.get("KEAP_API_BASE", "https://api.infusionsoft.com/crm/rest/v1"),
    "TOKEN": os.environ.get("KEAP_ACCESS_TOKEN", ""),
}
DATADOG_LOGS_URL = os.environ.get(
    "DATADOG_LOGS_URL", "https://http-intake.logs.datadoghq.eu/api/v2/logs")
DATADOG_API_KEY = os.environ.get("DATADOG_API_KEY", "")
BRANCHLINE = {
    "URL": os.environ.get("BRANCHLINE_GATEWAY_URL", "https://api.branchline-pay.example/v2"),
    "VERIFY_TLS": os.environ.get("GATEWAY_VERIFY_TLS", "false").lower() == "true",
}
SURVEY_DEPOT_URL = os.environ.get("SURVEY_DEPOT_URL", "http://survey-depot.canopy.internal:8080/api")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": structlog.stdlib.ProcessorFormatter,
            "processor": structlog.processors.JSONRenderer(),
        },
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "loggers": {
        "django_structlog": {"handlers": ["console"], "level": "INFO"},
        "canopy": {"handlers": ["console"], "level": "INFO"},
    },
}

from canopy.logconfig import configure_structlog  # noqa: E402

configure_structlog()
