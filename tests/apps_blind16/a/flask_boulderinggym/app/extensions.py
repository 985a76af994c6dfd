from flask import current_app
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from redis import Redis
from rq import Queue

db = SQLAlchemy()
migrate = Migrate()


def redis_conn() -> Redis:
    return Redis.from_url(current_app.config["REDIS_URL"])


def queue(name: str = "default") -> Queue:
    return Queue(name, connection=redis_conn(), is_async=current_app.config.get("RQ_ASYNC", True))
