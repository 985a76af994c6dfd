module Audit
  module_function

  def log(event, actor:, **details)
    AUDIT_LOG.tagged("audit", event) { AUDIT_LOG.info("actor=#{actor} #{details.to_json}") }
  end

  def log_ids(event, actor_id:, record_id:)
    AUDIT_LOG.tagged("audit", event) { AUDIT_LOG.info("actor_id=#{actor_id} record_id=#{record_id}") }
  end
end
