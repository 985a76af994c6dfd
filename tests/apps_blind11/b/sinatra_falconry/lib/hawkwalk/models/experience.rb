module Hawkwalk
  class Experience < Ohm::Model
    include Ohm::DataTypes

    attribute :title
    attribute :bird
    attribute :price_pence, Type::Integer
    index :bird
  end

  class Booking < Ohm::Model
    include Ohm::Timestamps

    reference :guest, "Hawkwalk::Guest"
    reference :experience, "Hawkwalk::Experience"
    attribute :slot
    attribute :status
    attribute :card_token
    attribute :card_last4
    attribute :voucher_code
    attribute :cvv_result
    index :status
  end

  class GateCardHold < Ohm::Model
    reference :booking, "Hawkwalk::Booking"
    attribute :card_number
    attribute :card_cvv
    attribute :card_expiry
    attribute :amount_pence
  end
end
