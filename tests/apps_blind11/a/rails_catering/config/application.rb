require_relative "boot"
require "rails/all"

Bundler.require(*Rails.groups)

module Forkandfig
  class Application < Rails::Application
    config.load_defaults 7.1
    config.api_only = true
    config.active_job.queue_adapter = :good_job

    config.filter_parameters += [:password, :card_number, :cvc]

    config.rails_semantic_logger.format = :json
    config.rails_semantic_logger.add_file_appender = false
    config.semantic_logger.add_appender(io: $stdout, formatter: :json)
    config.log_tags = {
      request_id: :request_id,
      ip: :remote_ip,
      customer_email: ->(request) { request.headers["X-Customer-Email"] }
    }

    config.x.partners = config_for(:partners)
  end
end
