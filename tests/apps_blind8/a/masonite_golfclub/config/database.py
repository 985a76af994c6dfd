from masonite.environment import LoadEnvironment, env
from masoniteorm.connections import ConnectionResolver

LoadEnvironment()

DATABASES = {
    "default": env("DB_CONNECTION", "postgres"),
    "postgres": {
        "driver": "postgres",
        "host": env("DB_HOST", "127.0.0.1"),
        "user": env("DB_USERNAME", "clubhouse"),
        "password": env("DB_PASSWORD"),
        "database": env("DB_DATABASE", "clubhouse"),
        "port": env("DB_PORT", "5432"),
        "prefix": "",
        "log_queries": env("DB_LOG", False),
    },
}

DB = ConnectionResolver().set_connection_details(DATABASES)
