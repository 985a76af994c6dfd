class Guardian < ApplicationRecord
  has_many :choristers, dependent: :destroy
  has_many :tuition_plans
  has_many :tour_deposits

  normalizes :email, with: ->(e) { e.strip.downcase }
  validates :email, presence: true, uniqueness: true

  def to_s
    "#{full_name} (#{email}, #{phone})"
  end
end
