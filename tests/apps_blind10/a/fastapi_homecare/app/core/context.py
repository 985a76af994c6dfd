"""Per-request context copied into every log record by RequestContextFilter."""

from contextvars import ContextVar

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")
staff_id_var: ContextVar[str] = ContextVar("staff_id", default="-")
staff_login_var: ContextVar[str] = ContextVar("staff_login", default="-")
