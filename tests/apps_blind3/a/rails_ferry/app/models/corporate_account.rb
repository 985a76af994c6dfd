# Haulage companies settle monthly on a company card; the number is needed for the monthly
# merchant-initiated charge.
class CorporateAccount
  include Mongoid::Document

  encrypt_with key_id: ENV.fetch("CSFLE_DATA_KEY_ID", "grolrnFVSSW9Gq04Q87R9Q==")

  field :company_name, type: String
  field :vat_number, type: String
  field :billing_card_pan, type: String, encrypt: { deterministic: false }
  field :billing_card_last4, type: String
  field :billing_email, type: String
end
