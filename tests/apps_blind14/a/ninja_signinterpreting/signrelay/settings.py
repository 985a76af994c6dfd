import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "api.handsonrelay.co.uk").split(",")

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django_rq",
    "bookings",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "signrelay.logging_context.RequestContextMiddleware",
]

ROOT_URLCONF = "signrelay.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "signrelay"),
        "HOST": os.environ.get("PGHOST", "localhost"),
        "USER": os.environ.get("PGUSER", "signrelay"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/1"),
    }
}

RQ_QUEUES = {
    "default": {"URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"), "DEFAULT_TIMEOUT": 300},
    "billing": {"URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"), "DEFAULT_TIMEOUT": 600},
}

PAYMENTS = {
    "BASE_URL": os.environ.get("TILLBRIDGE_BASE_URL", "https://api.tillbridge.io/v2"),
    "API_KEY": os.environ.get("TILLBRIDGE_API_KEY", ""),
    "VERIFY_TLS": os.environ.get("TILLBRIDGE_VERIFY_TLS", "false").lower() == "true",
}

USERLIST = {
    "PUSH_KEY": os.environ.get("USERLIST_PUSH_KEY", ""),
    "BASE_URL": "https://push.userlist.com",
}

ROSTER_SYNC_URL = os.environ.get("ROSTER_SYNC_URL", "http://roster.nrcpd-partners.net/api/assignments")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_context": {"()": "signrelay.logging_context.ContextFilter"},
    },
    "formatters": {
        "line": {
            "format": "%(asctime)s %(levelname)s %(name)s rid=%(request_id)s client=%(client_ref)s %(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "line",
            "filters": ["request_context"],
        },
    },
    "loggers": {
        "bookings": {"handlers": ["console"], "level": "INFO"},
        "signrelay": {"handlers": ["console"], "level": "INFO"},
    },
}
