require "logstash-logger"

module Edgewise
  LogStashLogger.configure do |config|
    config.customize_event do |event|
      event["request_id"] = Thread.current[:edgewise_request_id]
      event["sharpener"] = Thread.current[:edgewise_sharpener]
      event["client_ip"] = Thread.current[:edgewise_ip]
    end
  end

  LOGGER = LogStashLogger.new(
    type: :multi_delegator,
    outputs: [
      { type: :stdout },
      { type: :file, path: Settings["log_path"], sync: true }
    ]
  )
  LOGGER.level = :info

  AUDIT = LogStashLogger.new(type: :file, path: "/var/log/edgewise/audit.log")

  REDACT = %w[card_number cvc password].freeze

  def self.audit(action, **fields)
    AUDIT.info({ action: action }.merge(fields.to_h { |k, v| [k, REDACT.include?(k.to_s) ? "[FILTERED]" : v] }))
  end

  class RequestContext
    def initialize(app) = @app = app

    def call(env)
      Thread.current[:edgewise_request_id] = env["HTTP_X_REQUEST_ID"] || SecureRandom.hex(8)
      Thread.current[:edgewise_sharpener] = env["HTTP_X_SHARPENER"]
      Thread.current[:edgewise_ip] = env["REMOTE_ADDR"]
      @app.call(env)
    ensure
      Thread.current[:edgewise_request_id] = Thread.current[:edgewise_sharpener] = Thread.current[:edgewise_ip] = nil
    end
  end
end
