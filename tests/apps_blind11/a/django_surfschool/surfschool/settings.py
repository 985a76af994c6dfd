import os
from pathlib import Path

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.integrations.celery import CeleryIntegration

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "lessons",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "lessons.logging_ctx.RequestContextMiddleware",
    "django.middleware.common.CommonMiddleware",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "surfschool",
        "HOST": os.environ.get("DB_HOST", "db"),
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://redis:6379/0"),
    }
}

CELERY_BROKER_URL = os.environ.get("REDIS_URL", "redis://redis:6379/0")
CELERY_TASK_SERIALIZER = "json"

REST_FRAMEWORK = {
    "EXCEPTION_HANDLER": "lessons.exceptions.api_exception_handler",
}

TIDEBOOK = {
    "BASE_URL": os.environ.get("TIDEBOOK_BASE_URL", "http://tidebook.harbourpartners.net/api"),
    "VERIFY_TLS": os.environ.get("TIDEBOOK_VERIFY_TLS", "false").lower() == "true",
}
WAVEPAY = {
    "BASE_URL": os.environ.get("WAVEPAY_BASE_URL", "https://api.wavepay.example/v2"),
    "VERIFY_TLS": os.environ.get("WAVEPAY_VERIFY_TLS", "true").lower() == "true",
}
KIT_API_KEY = os.environ.get("KIT_API_KEY", "")
SNOWPLOW_COLLECTOR = os.environ.get("SNOWPLOW_COLLECTOR", "collector.swellline.io")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_context": {"()": "lessons.logging_ctx.ContextFilter"},
    },
    "formatters": {
        "kv": {
            "format": "%(asctime)s %(levelname)s %(name)s req=%(request_id)s student=%(student_email)s %(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "kv",
            "filters": ["request_context"],
        },
    },
    "root": {"handlers": ["console"], "level": "INFO"},
}

sentry_sdk.init(
    dsn=os.environ.get("SENTRY_DSN"),
    integrations=[DjangoIntegration(), CeleryIntegration()],
    send_default_pii=True,
    traces_sample_rate=0.1,
)
