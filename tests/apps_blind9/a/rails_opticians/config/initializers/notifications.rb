# Structured events emitted by services. Each subscriber writes one line to the Rails log.

ActiveSupport::Notifications.subscribe("appointment.booked") do |event|
  appt = event.payload[:appointment]
  Rails.logger.info("[appointment.booked] id=#{appt.id} store=#{appt.store_code} at=#{appt.starts_at.iso8601} " \
                    "patient=#{event.payload[:patient].inspect} (#{event.duration.round(1)}ms)")
end

ActiveSupport::Notifications.subscribe("charge.tillstream") do |event|
  payload = event.payload
  if payload[:exception]
    Rails.logger.error("[charge.tillstream] failed order=#{payload[:order_id]} request=#{payload[:request].to_json} " \
                       "error=#{payload[:exception].inspect}")
  else
    Rails.logger.info("[charge.tillstream] ok order=#{payload[:order_id]} ref=#{payload[:reference]}")
  end
end

ActiveSupport::Notifications.subscribe("recall.sent") do |event|
  Rails.logger.info("[recall.sent] patient_id=#{event.payload[:patient_id]} channel=#{event.payload[:channel]}")
end
