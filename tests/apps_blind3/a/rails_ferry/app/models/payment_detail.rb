class PaymentDetail
  include Mongoid::Document

  embedded_in :booking

  field :cardholder_name, type: String
  field :card_number, type: String
  field :cid, type: String
  field :card_last4, type: String
  field :card_brand, type: String
  field :gateway_token, type: String
  field :expires_on, type: String
end
