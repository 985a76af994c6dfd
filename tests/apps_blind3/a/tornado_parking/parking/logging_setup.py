"""loguru sinks: JSON to stdout, rotated file for the permit office."""
import sys

from loguru import logger


def configure(debug: bool = False) -> None:
    logger.remove()
    logger.add(sys.stdout, serialize=True, level="DEBUG" if debug else "INFO")
    logger.add("/var/log/parking/app.log", rotation="50 MB", retention="14 days", level="INFO")
