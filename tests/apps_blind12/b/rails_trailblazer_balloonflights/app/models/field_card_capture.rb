# Cards taken at the launch field on the crew tablet when there's no signal; charged back at base.
class FieldCardCapture < ApplicationRecord
  belongs_to :booking

  scope :unsettled, -> { where(settled_at: nil) }
end
