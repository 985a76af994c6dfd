# Candidates only: the scanner keeps a match when the class prints personal data (scanner/code/classes.py).


async def cancel(reference: str, player_id: int):
    player = await session.get(Player, player_id)
    # ruleid: pii-logging-python-person-class, pii-logging-python-person-named
    log.warning("cancellation for %r", player)
    # ok: pii-logging-python-person-class, pii-logging-python-person-named
    log.warning("cancellation for %s", player.id)


def check_in(booking: Booking, boater: Boater):
    # ruleid: pii-logging-python-person-class, pii-logging-python-person-named
    log.info(f"check-in by {boater}")
    # ruleid: pii-logging-python-person-named
    log.warning("cancellation for %s", booking.skipper)
    # ruleid: pii-logging-python-person-class, pii-logging-python-person-named
    log.debug("loaded", extra={"booking": booking})


def start_referencing_logged(application):
    try:
        start_referencing(application)
    except ReferencingFailed as exc:
        # ruleid: pii-logging-python-person-class, pii-logging-python-person-named
        logger.warning("referencing not started: %s", exc)
        # ok: pii-logging-python-person-class
        logger.warning("referencing not started for %s", application.pk)
