# Card used for monthly nursery fees.
#
# Most parents pay through the gateway's hosted page and only the token lands here. Parents
# who enrolled before 2022 gave their card on the paper form; the office typed it in and the
# monthly worker still charges those directly until they re-register.
class FeeCard
  include DataMapper::Resource

  property :id,            Serial
  property :gateway_token, String, length: 64
  property :card_brand,    String, length: 16
  property :card_last4,    String, length: 4
  property :card_number,   String, length: 19
  property :expiry_month,  Integer
  property :expiry_year,   Integer
  property :cvc,           String, length: 4
  property :billing_day,   Integer, default: 1
  property :created_at,    DateTime

  belongs_to :parent

  def legacy?
    gateway_token.nil? && !card_number.nil?
  end

  def display
    "#{card_brand} ****#{card_last4}"
  end
end
