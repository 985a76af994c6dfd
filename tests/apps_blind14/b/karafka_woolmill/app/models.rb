require "sequel"
require_relative "../lib/settings"

DB = Sequel.connect(ENV.fetch("DATABASE_URL", Settings.dig(:database_url)))

class Farmer < Sequel::Model(:farmers)
  one_to_many :shearing_bookings

  def inspect
    "#<Farmer id=#{id} name=#{full_name} email=#{email} phone=#{phone}>"
  end
end

class ShearingBooking < Sequel::Model(:shearing_bookings)
  many_to_one :farmer
end

class FleecePayment < Sequel::Model(:fleece_payments)
  many_to_one :booking, class: :ShearingBooking

  def to_s
    "FleecePayment(#{id}, charge=#{gateway_charge_id}, last4=#{card_last4})"
  end
end
