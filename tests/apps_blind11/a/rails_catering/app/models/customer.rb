class Customer < ApplicationRecord
  include SemanticLogger::Loggable

  has_many :event_bookings, dependent: :destroy
  has_many :saved_cards, dependent: :destroy

  validates :email, presence: true, uniqueness: { case_sensitive: false }
  normalizes :email, with: ->(e) { e.strip.downcase }

  after_create_commit :announce

  def to_s
    "#{full_name} <#{email}>"
  end

  private

  def announce
    logger.info("customer created", customer_id: id)
    logger.info("welcome #{self}")
  end
end
