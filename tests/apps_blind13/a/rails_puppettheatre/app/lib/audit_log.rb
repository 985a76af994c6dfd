module AuditLog
  module_function

  def logger
    @logger ||= ActiveSupport::TaggedLogging.logger(Rails.root.join("log/audit.log").to_s)
  end

  def record(event, actor:, **details)
    logger.tagged("AUDIT", event) { logger.info(details.merge(actor: actor).to_json) }
  end
end
