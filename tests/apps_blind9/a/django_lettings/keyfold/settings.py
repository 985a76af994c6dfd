"""Keyfold Lettings back office: applications, tenancies, rent collection."""

from pathlib import Path

import environ
import sentry_sdk
import structlog
from sentry_sdk.integrations.celery import CeleryIntegration
from sentry_sdk.integrations.django import DjangoIntegration

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["backoffice.keyfold.co.uk"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "rest_framework",
    "django_filters",
    "core",
    "tenancies.apps.TenanciesConfig",
    "webhooks",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.middleware.RequestContextMiddleware",
]

ROOT_URLCONF = "keyfold.urls"
DATABASES = {"default": env.db("DATABASE_URL", default="postgres://keyfold@localhost/keyfold")}
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("REDIS_URL", default="redis://localhost:6379/1"),
        "KEY_PREFIX": "kf",
    }
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "PAGE_SIZE": 50,
}

CELERY_BROKER_URL = env("REDIS_URL", default="redis://localhost:6379/2")
CELERY_TASK_SERIALIZER = "json"
CELERY_TASK_ACKS_LATE = True
CELERY_BEAT_SCHEDULE = {
    "collect-rent-daily": {"task": "tenancies.tasks.collect_due_rent", "schedule": 60 * 60 * 24},
    "chase-references": {"task": "tenancies.tasks.chase_stale_references", "schedule": 60 * 60 * 6},
}

# --- integrations -------------------------------------------------------------------------------
PAYLODE_API_URL = env("PAYLODE_API_URL", default="https://api.paylode.io/v3")
PAYLODE_SECRET = env("PAYLODE_SECRET", default="")
VERITENANT_API_URL = env("VERITENANT_API_URL", default="https://api.veritenant.co.uk/v2")
VERITENANT_API_KEY = env("VERITENANT_API_KEY", default="")
CONTRACTOR_PORTAL_URL = env("CONTRACTOR_PORTAL_URL", default="http://fixdesk.keyfold.lan:8081/api")
HUBSPOT_ACCESS_TOKEN = env("HUBSPOT_ACCESS_TOKEN", default="")
SEGMENT_WRITE_KEY = env("SEGMENT_WRITE_KEY", default="")
META_PIXEL_ID = env("META_PIXEL_ID", default="778104512233906")
META_CAPI_TOKEN = env("META_CAPI_TOKEN", default="")

# --- logging ------------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_context": {"()": "core.logging.RequestContextFilter"},
    },
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.jsonlogger.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s %(actor)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["request_context"],
        },
        "audit_file": {
            "class": "logging.handlers.WatchedFileHandler",
            "filename": env("AUDIT_LOG", default="/var/log/keyfold/audit.jsonl"),
            "formatter": "json",
            "filters": ["request_context"],
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "keyfold.audit": {"handlers": ["audit_file"], "level": "INFO", "propagate": False},
        "tenancies": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "integrations": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "webhooks": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

structlog.configure(
    processors=[
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.render_to_log_kwargs,
    ],
    logger_factory=structlog.stdlib.LoggerFactory(),
    wrapper_class=structlog.stdlib.BoundLogger,
    cache_logger_on_first_use=True,
)

sentry_sdk.init(
    dsn=env("SENTRY_DSN", default=""),
    integrations=[DjangoIntegration(), CeleryIntegration()],
    environment=env("SENTRY_ENVIRONMENT", default="production"),
    traces_sample_rate=0.05,
    send_default_pii=True,
)

STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
TIME_ZONE = "Europe/London"
USE_TZ = True
