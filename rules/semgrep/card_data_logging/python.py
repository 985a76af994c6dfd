import logging

logger = logging.getLogger(__name__)


def charge(request, card):
    pan = request.POST["card_number"]
    cvv = request.POST.get("cvv")
    # ruleid: card-data-logging-python
    logger.info("charging card %s", pan)
    # ruleid: card-data-logging-python
    logger.debug("cvv=%s", cvv)
    # ruleid: card-data-logging-python
    logger.error(f"declined {card.ccNumber}")
    # ok: card-data-logging-python
    logger.info("charging card ending %s", pan[-4:])
    # ok: card-data-logging-python
    logger.info("charging card %s", mask_pan(pan))
    # ok: card-data-logging-python
    logger.info("token %s", card.card_token)
    # ok: card-data-logging-python
    logger.info("cvv supplied: %s", cvv is not None)
