class Seller < ApplicationRecord
  has_many :orders, dependent: :restrict_with_error
  has_many :payout_cards, dependent: :destroy

  encrypts :tax_id
  normalizes :email, with: ->(email) { email.strip.downcase }

  validates :shop_name, presence: true
  validates :email, presence: true, uniqueness: true, format: { with: URI::MailTo::EMAIL_REGEXP }
  validates :webhook_url, format: { with: %r{\Ahttps://}, message: "must use https" }, allow_blank: true

  after_create_commit :track_signup

  def display_name
    shop_name.presence || "Seller ##{id}"
  end

  private

  def track_signup
    AnalyticsTracker.new.seller_signed_up(self)
    Rails.logger.info("Seller #{id} signed up (shop=#{shop_name}, email=#{email})")
  end
end
