require_relative "boot"

require "rails"
require "active_model/railtie"
require "active_job/railtie"
require "active_record/railtie"
require "action_controller/railtie"

Bundler.require(*Rails.groups)

module Emberworks
  class Application < Rails::Application
    config.load_defaults 7.2
    config.api_only = true

    config.active_job.queue_adapter = :good_job
    config.good_job.execution_mode = :external
    config.good_job.preserve_job_records = true

    config.rails_semantic_logger.format = :json
    config.rails_semantic_logger.add_file_appender = false
    config.semantic_logger.add_appender(io: $stdout, formatter: :json)
    config.log_tags = {
      request_id: :request_id,
      ip: :remote_ip,
      student: ->(request) { request.headers["X-Student-Email"] }
    }
  end
end
