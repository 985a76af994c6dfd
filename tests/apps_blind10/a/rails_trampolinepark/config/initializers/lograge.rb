Rails.application.configure do
  config.lograge.enabled = true
  config.lograge.formatter = Lograge::Formatters::Json.new
  config.lograge.custom_payload do |controller|
    {
      request_id: controller.request.request_id,
      guardian_id: controller.try(:current_guardian)&.id
    }
  end
  config.lograge.custom_options = lambda do |event|
    {
      params: event.payload[:params].except("controller", "action", "format"),
      ip: event.payload[:ip],
      guardian_contact: event.payload[:guardian_contact],
      exception: event.payload[:exception]&.first
    }
  end
end
