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
