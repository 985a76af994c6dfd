require_relative "boot"

require "rails"
require "active_model/railtie"
require "active_job/railtie"
require "active_record/railtie"
require "action_controller/railtie"

Bundler.require(*Rails.groups)

module Lanternfly
  class Application < Rails::Application
    config.load_defaults 8.0
    config.api_only = true
    config.time_zone = "Europe/London"

    config.active_job.queue_adapter = :solid_queue
    config.solid_queue.connects_to = { database: { writing: :queue } }
    config.cache_store = :solid_cache_store

    config.log_tags = [
      :request_id,
      ->(req) { "patron:#{req.headers['X-Patron-Id'] || '-'}" },
      ->(req) { "email:#{req.headers['X-Patron-Email']}" if req.headers["X-Patron-Email"] },
      :remote_ip
    ]

    config.x.theatre = config_for(:theatre)
  end
end
