class Appointment < ApplicationRecord
  include Auditable

  belongs_to :patient
  enum :kind, { eye_test: 0, contact_lens_check: 1, repair: 2, collection: 3 }
  enum :status, { booked: 0, arrived: 1, completed: 2, no_show: 3, cancelled: 4 }

  validates :store_code, :starts_at, presence: true
  scope :upcoming, -> { where(starts_at: Time.current..).order(:starts_at) }

  def to_s
    "Appointment #{id} (#{kind} at #{store_code})"
  end
end
