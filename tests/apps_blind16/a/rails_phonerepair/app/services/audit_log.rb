module AuditLog
  LOGGER = ActiveSupport::TaggedLogging.new(ActiveSupport::Logger.new(Rails.root.join("log/audit.log")))

  module_function

  def record(action, actor:, subject:)
    LOGGER.tagged("audit", action) { LOGGER.info("actor=#{actor} subject=#{subject.class.name}##{subject.id}") }
  end

  def record_change(action, actor:, record:)
    LOGGER.tagged("audit", action) do
      LOGGER.info("actor=#{actor} changes=#{record.saved_changes.except('updated_at').inspect}")
    end
  end
end
