class Current < ActiveSupport::CurrentAttributes
  attribute :staff_id, :store_code, :patient
end
