class AuditLog
  include SemanticLogger::Loggable

  SENSITIVE = %i[card_number cvc].freeze

  def self.record(action, actor:, **details)
    logger.info("audit.#{action}", actor: actor, **details.except(*SENSITIVE))
  end
end
