module Hawkwalk
  # Gift vouchers sold in the estate shop; redeemed against a booking.
  class Voucher < Ohm::Model
    include Ohm::Timestamps
    include Ohm::DataTypes

    attribute :code
    attribute :value_pence, Type::Integer
    attribute :buyer_email_digest
    attribute :redeemed_at
    unique :code
    index :code

    def self.issue(value_pence, buyer_email)
      create(
        code: "HAWK-GIFT-#{SecureRandom.random_number(10_000).to_s.rjust(4, '0')}",
        value_pence: value_pence,
        buyer_email_digest: Digest::SHA256.hexdigest(buyer_email.downcase)
      )
    end

    def redeem!
      update(redeemed_at: Time.now.utc.iso8601)
    end
  end
end
