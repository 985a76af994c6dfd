# frozen_string_literal: true

class Bidder < ActiveRecord::Base
  has_secure_password
  has_many :paddle_cards, dependent: :destroy
  has_many :absentee_bids, dependent: :destroy

  validates :email, presence: true, uniqueness: { case_sensitive: false }
  validates :full_name, :phone, presence: true
  validates :passport_number, presence: true, if: :high_value?

  normalizes :email, with: ->(e) { e.strip.downcase }

  HIGH_VALUE_LIMIT_CENTS = 5_000_000

  def high_value?
    credit_limit_cents.to_i >= HIGH_VALUE_LIMIT_CENTS
  end

  def to_s
    "#{full_name} <#{email}> (#{phone})"
  end
end

class AbsenteeBid < ActiveRecord::Base
  belongs_to :bidder
  belongs_to :lot
  validates :max_bid_cents, numericality: { greater_than: 0 }
end

class Lot < ActiveRecord::Base
  has_many :absentee_bids
  scope :in_sale, ->(sale_code) { where(sale_code: sale_code).order(:lot_number) }

  # hammer price in cents; buyer's premium added at invoicing
  def premium_cents(rate = 0.25)
    (hammer_cents.to_i * rate).round
  end
end
