# Candidates only: the scanner keeps a match when the class prints card data (scanner/code/classes.py).


async def cancel(reference: str, player_id: int):
    player = await session.get(Player, player_id)
    # ruleid: card-data-logging-python-card-class, card-data-logging-python-card-named
    log.warning("cancellation for %r", player)
    # ok: card-data-logging-python-card-class, card-data-logging-python-card-named
    log.warning("cancellation for %s", player.id)


def check_in(booking: Booking, boater: Boater):
    # ruleid: card-data-logging-python-card-class, card-data-logging-python-card-named
    log.info(f"check-in by {boater}")
    # ruleid: card-data-logging-python-card-named
    log.warning("cancellation for %s", booking.skipper)
    # ruleid: card-data-logging-python-card-class, card-data-logging-python-card-named
    log.debug("loaded", extra={"booking": booking})
