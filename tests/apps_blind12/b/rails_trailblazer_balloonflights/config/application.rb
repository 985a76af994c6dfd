require_relative "boot"
require "rails"
require "active_record/railtie"
require "action_controller/railtie"
require "active_job/railtie"

Bundler.require(*Rails.groups)

module Updraft
  class Application < Rails::Application
    config.load_defaults 7.2
    config.api_only = true
    config.time_zone = "London"
    config.active_job.queue_adapter = :solid_queue
    config.solid_queue.preserve_finished_jobs = true
    config.solid_queue.clear_finished_jobs_after = 14.days
    config.x.services = config_for(:services)
  end
end
