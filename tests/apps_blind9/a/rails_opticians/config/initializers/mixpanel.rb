require "mixpanel-ruby"

MIXPANEL = Mixpanel::Tracker.new(ENV.fetch("MIXPANEL_TOKEN", "dev-token")) do |type, message|
  Sidekiq::Client.push("class" => "MixpanelDeliveryJob", "queue" => "analytics", "args" => [type, message])
end
