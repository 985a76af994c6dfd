import structlog

MASKED_KEYS = {"password", "card_number", "cvv", "token"}


def mask_known_keys(logger, method_name, event_dict):
    for key in list(event_dict):
        if key in MASKED_KEYS:
            event_dict[key] = "***"
    return event_dict


def configure_structlog():
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.stdlib.filter_by_level,
            structlog.processors.TimeStamper(fmt="iso"),
            structlog.stdlib.add_logger_name,
            structlog.stdlib.add_log_level,
            mask_known_keys,
            structlog.processors.format_exc_info,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=True,
    )
