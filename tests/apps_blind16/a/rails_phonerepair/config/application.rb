require_relative "boot"

require "rails"
require "active_model/railtie"
require "active_job/railtie"
require "active_record/railtie"
require "action_controller/railtie"

Bundler.require(*Rails.groups)

module CrackedAndCo
  class Application < Rails::Application
    config.load_defaults 7.2
    config.api_only = true
    config.time_zone = "London"

    config.active_job.queue_adapter = :good_job
    config.good_job.preserve_job_records = true
    config.good_job.cleanup_preserved_jobs_before_seconds_ago = 30.days.to_i

    config.log_tags = [
      :request_id,
      ->(request) { "store=#{request.headers['X-Store-Code']}" },
      ->(request) { "staff=#{request.headers['X-Staff-Email']} ip=#{request.remote_ip}" }
    ]

    config.partners = config_for(:partners)
  end
end
