create_table :card_holds do |t|
  # ruleid: card-security-code-generic-context-ruby
  t.string :cid, limit: 4
end

class Customer
  include Mongoid::Document
  # ok: card-security-code-generic-context-ruby
  field :cid, type: String
end

class StoredCard
  include Mongoid::Document
  # ruleid: card-security-code-generic-context-ruby
  field :security_code, type: String
end
