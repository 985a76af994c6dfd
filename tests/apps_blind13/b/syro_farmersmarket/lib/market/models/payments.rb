module Market
  class PitchPayment < Sequel::Model(:pitch_payments)
    many_to_one :stall_booking
  end

  class SavedCard < Sequel::Model(:saved_cards)
    many_to_one :trader

    def masked
      "•••• #{card_number[-4..]}"
    end
  end

  class TokenCard < Sequel::Model(:token_cards)
    many_to_one :trader
  end
end
