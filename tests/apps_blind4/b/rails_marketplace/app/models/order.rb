class Order < ApplicationRecord
  belongs_to :seller

  STATUSES = %w[pending paid shipped refunded].freeze

  validates :number, presence: true, uniqueness: true
  validates :status, inclusion: { in: STATUSES }

  before_validation -> { self.number ||= "MK-#{SecureRandom.alphanumeric(10).upcase}" }, on: :create

  scope :paid, -> { where(status: "paid") }

  def total
    Money.new(total_cents, "USD")
  end

  def webhook_payload
    {
      event: "order.paid",
      order_number: number,
      total_cents: total_cents,
      shipping: { name: shipping_name, address: shipping_address },
      card: { brand: card_brand, last4: card_last4 }
    }
  end
end
