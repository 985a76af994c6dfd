from flask import Flask, jsonify, request
from loguru import logger
from werkzeug.exceptions import HTTPException


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        logger.info("http error {} on {}", exc.code, request.path)
        return jsonify({"error": exc.name}), exc.code

    @app.errorhandler(Exception)
    def unhandled(exc: Exception):
        logger.opt(exception=exc).error("unhandled error on {}: {}", request.path, exc)
        return jsonify({"error": "internal"}), 500

    @app.errorhandler(ValueError)
    def bad_input(exc: ValueError):
        logger.warning("rejected input on {} body={}", request.path, request.get_data(as_text=True))
        return jsonify({"error": str(exc)}), 422
