require_relative "boot"
require "rails/all"

Bundler.require(*Rails.groups)

module Escapement
  class Application < Rails::Application
    config.load_defaults 7.1
    config.api_only = true
    config.active_job.queue_adapter = :delayed_job
    config.log_tags = [:request_id, ->(req) { req.headers["X-Bench-User"] }]
    config.integrations = config_for(:integrations)
    config.time_zone = "London"
  end
end
