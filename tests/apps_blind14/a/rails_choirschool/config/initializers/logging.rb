Rails.application.configure do
  config.log_tags = [
    :request_id,
    ->(request) { "ip=#{request.remote_ip}" },
    ->(request) { "guardian=#{request.headers['X-Guardian-Email']}" }
  ]
end

AUDIT_LOG = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new(Rails.root.join("log/audit.log")))
