require_relative "boot"

require "rails"
require "active_model/railtie"
require "active_job/railtie"
require "active_record/railtie"
require "action_controller/railtie"

Bundler.require(*Rails.groups)

module TubTime
  class Application < Rails::Application
    config.load_defaults 7.2
    config.api_only = true
    config.autoload_lib(ignore: %w[tasks])
    config.eager_load_paths << Rails.root.join("app/clients")

    config.active_job.queue_adapter = :sidekiq
    config.log_tags = [:request_id, ->(req) { req.headers["X-Depot"] || "web" }]
    config.logger = ActiveSupport::TaggedLogging.logger($stdout)

    config.x.partners = config_for(:partners)
  end
end
