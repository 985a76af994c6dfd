from .tables import metadata  # noqa: F401
