class AuditLog
  LOGGER = ActiveSupport::TaggedLogging.new(Logger.new(Rails.root.join("log", "audit.log")))

  def self.record(action, **attrs)
    filtered = ActiveSupport::ParameterFilter.new(Rails.application.config.filter_parameters).filter(attrs)
    LOGGER.tagged("AUDIT", Current.bench_user) { LOGGER.info("#{action} #{filtered.to_json}") }
  end
end
