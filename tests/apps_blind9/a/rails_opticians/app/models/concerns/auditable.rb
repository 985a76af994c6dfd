# Writes a line to the log whenever an audited record changes, so the practice manager
# can answer "who changed this" from the log archive.
module Auditable
  extend ActiveSupport::Concern

  included do
    after_create_commit :audit_created
    after_update_commit :audit_updated
    class_attribute :audit_skip, default: []
  end

  private

  def audit_created
    Rails.logger.info("[audit] #{self.class.name}##{id} created by #{Current.staff_id || 'system'}")
  end

  def audit_updated
    changes = saved_changes.except("updated_at", *audit_skip)
    return if changes.empty?

    Rails.logger.info("[audit] #{self.class.name}##{id} updated by #{Current.staff_id || 'system'}: #{changes.inspect}")
  end
end
