require "tty-logger"

module GambitClub
  LOGGER = TTY::Logger.new do |config|
    config.level = :info
    config.metadata = [:time, :date]
    config.handlers = [[:stream, formatter: :json]]
    config.filters.data = %w[password card_number cvc]
    config.filters.mask = "[FILTERED]"
  end

  AUDIT = TTY::Logger.new do |config|
    config.level = :info
    config.metadata = [:time]
    config.handlers = [[:stream, output: File.open("log/audit.log", "a"), formatter: :text]]
  end

  def self.request_logger(env)
    LOGGER.copy(request_id: env["HTTP_X_REQUEST_ID"], ip: env["REMOTE_ADDR"])
  end
end
