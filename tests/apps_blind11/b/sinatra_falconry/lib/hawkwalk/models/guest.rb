require "ohm/contrib"

module Hawkwalk
  class Guest < Ohm::Model
    include Ohm::Timestamps
    include Ohm::DataTypes

    attribute :email
    attribute :full_name
    attribute :phone
    attribute :date_of_birth
    attribute :password_digest
    attribute :gauntlet_size
    unique :email
    index :email

    collection :bookings, "Hawkwalk::Booking"

    def to_s
      "#{full_name} <#{email}>"
    end

    def ref
      "guest-#{id}"
    end
  end
end
