class WalkInPayment < ApplicationRecord
  belongs_to :student, optional: true

  # columns: amount_cents, pan, cvv, expiry, taken_by
  validates :pan, length: { in: 13..19 }
end
