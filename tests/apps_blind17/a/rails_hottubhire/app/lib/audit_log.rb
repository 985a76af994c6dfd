class AuditLog
  LOGGER = ActiveSupport::TaggedLogging.logger(Rails.root.join("log/audit.log").to_s)

  def self.record(action, actor:, **details)
    LOGGER.tagged("audit", actor) { LOGGER.info({ action: action, **details }.to_json) }
  end
end
