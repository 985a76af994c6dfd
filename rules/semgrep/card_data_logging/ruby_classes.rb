# Candidates only: the scanner keeps a match when the class prints card data (scanner/code/classes.py).
r.delete do
  reservation.update(status: "cancelled")
  # ruleid: card-data-logging-ruby-card-named
  Log.warn("reservation cancelled for #{reservation.camper}")
  # ruleid: card-data-logging-ruby-card-named
  @logger.info(wallet.to_s)
  # ok: card-data-logging-ruby-card-named
  Log.warn("reservation cancelled for #{reservation.camper_id}")
end

# inspect is its own form.
def release(guardian, booking)
  # ruleid: card-data-logging-ruby-card-inspect
  logger.warn("release refused: #{guardian.inspect}")
  # ok: card-data-logging-ruby-card-inspect
  # ruleid: card-data-logging-ruby-card-named
  logger.info(booking.guardian)
  # ok: card-data-logging-ruby-card-inspect
  # ruleid: card-data-logging-ruby-card-named
  logger.info("released to #{guardian}")
  # ok: card-data-logging-ruby-card-inspect
  logger.info("release #{booking.guardian_id}: #{guardian.name.length} chars")
end
