# Spectacle orders taken by the call centre for patients who cannot come back into store.
class PhoneOrder < ApplicationRecord
  include Auditable

  belongs_to :patient
  enum :status, { pending: 0, charged: 1, declined: 2, sent_to_lab: 3 }

  validates :frame_sku, :lens_spec, :total_pence, presence: true

  def to_s
    "PhoneOrder #{id} for patient #{patient_id}"
  end
end
