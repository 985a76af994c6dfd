"""psycopg 3 pool and a Bottle plugin that hands each route a connection (commit on success)."""

from __future__ import annotations

import functools
import inspect

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from .settings import settings

pool = ConnectionPool(settings.database_url, min_size=2, max_size=12,
                      kwargs={"row_factory": dict_row}, open=False)


class ConnectionPlugin:
    name = "psycopg"
    api = 2

    def apply(self, callback, route):
        if "conn" not in inspect.signature(route.callback).parameters:
            return callback

        @functools.wraps(callback)
        def wrapper(*args, **kwargs):
            with pool.connection() as conn:  # commits on clean exit, rolls back on exception
                return callback(*args, conn=conn, **kwargs)

        return wrapper
