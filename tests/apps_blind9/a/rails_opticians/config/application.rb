require_relative "boot"

require "rails"
require "active_model/railtie"
require "active_job/railtie"
require "active_record/railtie"
require "action_controller/railtie"
require "action_mailer/railtie"

Bundler.require(*Rails.groups)

module Larkspur
  class Application < Rails::Application
    config.load_defaults 7.1
    config.api_only = true
    config.time_zone = "London"
    config.active_job.queue_adapter = :sidekiq
    config.log_tags = [:request_id]
    config.logger = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new($stdout))
    config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info").to_sym

    config.x.lens_lab_url = ENV.fetch("LENS_LAB_URL", "http://lims.optilab-leicester.co.uk:8090")
    config.x.gateway_url = ENV.fetch("TILLSTREAM_URL", "https://api.tillstream.com")
    config.x.eyecare_plan_url = ENV.fetch("EYECARE_PLAN_URL", "https://claims.clearview-plans.co.uk/api/v1")
    config.x.klaviyo_revision = "2024-02-15"
  end
end
