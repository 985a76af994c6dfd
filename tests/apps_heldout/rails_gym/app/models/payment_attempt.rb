class PaymentAttempt < ApplicationRecord
  belongs_to :membership

  enum status: { pending: 0, succeeded: 1, failed: 2 }

  scope :recent, -> { where("created_at > ?", 30.days.ago) }
end
