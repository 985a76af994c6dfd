module AuditLog
  LOGGER = SemanticLogger["Audit"]

  module_function

  def record(action, actor:, subject:)
    LOGGER.info(action, actor_id: actor.id, subject_type: subject.class.name, subject_id: subject.id)
  end

  def record_with_snapshot(action, actor:, subject:)
    LOGGER.info(action, actor_id: actor.id, snapshot: subject.attributes)
  end
end
