import structlog


class CustomerContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        structlog.contextvars.bind_contextvars(path=request.path)
        if request.user.is_authenticated:
            structlog.contextvars.bind_contextvars(
                user_email=request.user.email,
                client_ip=request.META.get("REMOTE_ADDR"),
            )
        try:
            return self.get_response(request)
        finally:
            structlog.contextvars.clear_contextvars()
