Rails.application.configure do
  config.lograge.enabled = true
  config.lograge.formatter = Lograge::Formatters::Json.new
  config.lograge.custom_options = lambda do |event|
    {
      params: event.payload[:params].except("controller", "action"),
      customer_email: event.payload[:customer_email],
      remote_ip: event.payload[:remote_ip]
    }
  end
end
