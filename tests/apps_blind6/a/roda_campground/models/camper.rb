# frozen_string_literal: true

module Campground
  class Camper < Sequel::Model(:campers)
    one_to_many :reservations
    one_to_many :wallet_cards

    def validate
      super
      errors.add(:email, "is invalid") unless email.to_s.include?("@")
    end

    def to_s
      "#{name} <#{email}> #{phone}"
    end
  end
end
