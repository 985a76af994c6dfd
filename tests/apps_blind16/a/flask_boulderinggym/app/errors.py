import structlog
from flask import jsonify

log = structlog.get_logger(__name__)


class MemberConflict(Exception):
    def __init__(self, email: str):
        super().__init__(f"a member with e-mail {email} already exists")
        self.email = email


class CardDeclined(Exception):
    def __init__(self, reason: str, last4: str):
        super().__init__(f"card ending {last4} declined: {reason}")


class KeyedChargeRejected(Exception):
    def __init__(self, number: str, expiry: str):
        super().__init__(f"terminal rejected card {number} exp {expiry}")


def register_error_handlers(app):
    @app.errorhandler(MemberConflict)
    def _conflict(exc):
        log.warning("signup conflict", error=str(exc))
        return jsonify(error="member_exists"), 409

    @app.errorhandler(CardDeclined)
    def _declined(exc):
        log.info("card declined", error=str(exc))
        return jsonify(error="card_declined"), 402

    @app.errorhandler(KeyedChargeRejected)
    def _keyed(exc):
        log.error("keyed charge rejected", error=str(exc))
        return jsonify(error="terminal_rejected"), 402

    @app.errorhandler(Exception)
    def _unhandled(exc):
        log.exception("unhandled error", error_type=type(exc).__name__)
        return jsonify(error="internal"), 500
