# Candidates only: the scanner keeps a match when the class prints personal data (scanner/code/classes.py).
r.delete do
  reservation.update(status: "cancelled")
  # ruleid: pii-logging-ruby-person-named
  Log.warn("reservation cancelled for #{reservation.camper}")
  # ruleid: pii-logging-ruby-person-named
  @logger.info(wallet.to_s)
  # ok: pii-logging-ruby-person-named
  Log.warn("reservation cancelled for #{reservation.camper_id}")
end
