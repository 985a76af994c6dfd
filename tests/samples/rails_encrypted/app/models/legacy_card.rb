module Billing
  class LegacyCard < ApplicationRecord
    self.table_name = "old_cards"
    encrypts(
      :holder_name,
      :pan
    )
  end
end
