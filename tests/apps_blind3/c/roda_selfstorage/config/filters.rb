# frozen_string_literal: true

# Removes known sensitive keys from structured payloads before any appender sees them.
module LogScrubber
  SENSITIVE = %w[password card_number acct_number cvn].freeze

  def self.call(log)
    return true unless log.payload.is_a?(Hash)

    log.payload = log.payload.reject { |k, _| SENSITIVE.include?(k.to_s) }
    true
  end
end

SemanticLogger.appenders.each { |appender| appender.filter = LogScrubber }
