Rails.application.configure do
  config.lograge.enabled = true
  config.lograge.formatter = Lograge::Formatters::Json.new
  config.lograge.custom_options = lambda do |event|
    {
      request_id: event.payload[:request_id],
      user_id: event.payload[:user_id],
      params: event.payload[:params].except("controller", "action", "format")
    }
  end
  config.lograge.custom_payload do |controller|
    { user_id: controller.try(:current_user)&.id, request_id: controller.request.request_id }
  end
end
