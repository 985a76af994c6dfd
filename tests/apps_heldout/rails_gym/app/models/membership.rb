class Membership < ApplicationRecord
  belongs_to :member
  has_many :payment_attempts

  PLANS = %w[basic plus premium].freeze
  validates :plan, inclusion: { in: PLANS }
end
