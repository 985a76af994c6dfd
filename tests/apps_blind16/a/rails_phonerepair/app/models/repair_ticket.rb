class RepairTicket < ApplicationRecord
  belongs_to :customer
  has_many :walk_in_payments, dependent: :destroy

  enum :status, { booked_in: 0, diagnosing: 1, awaiting_parts: 2, repaired: 3, collected: 4 }

  validates :device_model, :fault_description, presence: true

  def to_s
    "Ticket ##{id} #{device_model} (#{status})"
  end
end
