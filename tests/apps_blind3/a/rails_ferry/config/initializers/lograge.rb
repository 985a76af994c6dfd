Rails.application.configure do
  config.lograge.enabled = true
  config.lograge.formatter = Lograge::Formatters::Json.new
  config.lograge.custom_payload do |controller|
    {
      request_id: controller.request.request_id,
      host: controller.request.host
    }
  end
  config.lograge.custom_options = lambda do |event|
    {
      time: Time.now.utc.iso8601,
      request_id: event.payload[:request_id],
      exception: event.payload[:exception]&.first
    }
  end
end
