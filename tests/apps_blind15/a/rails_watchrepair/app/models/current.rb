class Current < ActiveSupport::CurrentAttributes
  attribute :bench_user, :request_id
end
