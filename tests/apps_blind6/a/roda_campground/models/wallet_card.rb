# frozen_string_literal: true

module Campground
  class WalletCard < Sequel::Model(:wallet_cards)
    many_to_one :camper

    def masked
      "#{first6}******#{last4}"
    end
  end

  class Reservation < Sequel::Model(:reservations)
    many_to_one :camper
    many_to_one :site
  end

  class Site < Sequel::Model(:sites); end
end
