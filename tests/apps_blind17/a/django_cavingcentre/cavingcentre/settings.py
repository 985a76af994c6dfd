import os
from pathlib import Path

import structlog
import yaml

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "django_structlog",
    "bookings",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django_structlog.middlewares.RequestMiddleware",
]

ROOT_URLCONF = "cavingcentre.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "cavingcentre"),
        "HOST": os.environ.get("PGHOST", "127.0.0.1"),
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/1"),
    }
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
CELERY_RESULT_BACKEND = CELERY_BROKER_URL
CELERY_TASK_ACKS_LATE = True

REST_FRAMEWORK = {
    "EXCEPTION_HANDLER": "bookings.api.errors.caving_exception_handler",
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
}

DJANGO_STRUCTLOG_CELERY_ENABLED = True


def _expand(value):
    if isinstance(value, str) and value.startswith("${") and value.endswith("}"):
        name, _, default = value[2:-1].partition(":")
        return os.environ.get(name, default)
    return value


with open(BASE_DIR / "config" / "partners.yaml") as fh:
    PARTNERS = {
        name: {k: _expand(v) for k, v in section.items()}
        for name, section in yaml.safe_load(fh).items()
    }

ACQUIRER_VERIFY_TLS = str(PARTNERS["acquirer"]["verify_tls"]).lower() in ("1", "true", "yes")
COPPER_API_KEY = os.environ.get("COPPER_API_KEY", "")
STATSIG_SERVER_SECRET = os.environ.get("STATSIG_SERVER_SECRET", "")
SMS_KEY = os.environ.get("DALETEXT_KEY", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": structlog.stdlib.ProcessorFormatter,
            "processor": structlog.processors.JSONRenderer(),
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json"},
    },
    "loggers": {
        "django_structlog": {"handlers": ["console"], "level": "INFO"},
        "bookings": {"handlers": ["console"], "level": "INFO"},
        "integrations": {"handlers": ["console"], "level": "INFO"},
    },
}

structlog.configure(
    processors=[
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.filter_by_level,
        structlog.processors.TimeStamper(fmt="iso"),
        structlog.stdlib.add_logger_name,
        structlog.stdlib.add_log_level,
        structlog.processors.StackInfoRenderer(),
        structlog.processors.format_exc_info,
        structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
    ],
    logger_factory=structlog.stdlib.LoggerFactory(),
    cache_logger_on_first_use=True,
)
