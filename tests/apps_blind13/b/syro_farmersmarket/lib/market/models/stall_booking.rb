module Market
  class StallBooking < Sequel::Model(:stall_bookings)
    many_to_one :trader
    one_to_many :pitch_payments

    def inspect
      "#<StallBooking id=#{id} pitch=#{pitch} day=#{market_day} status=#{status}>"
    end
  end
end
