module Market
  class Trader < Sequel::Model(:traders)
    one_to_many :stall_bookings
    one_to_many :saved_cards

    def validate
      super
      errors.add(:email, "is invalid") unless email.to_s.include?("@")
    end

    def to_s
      "#{contact_name} of #{business_name} <#{email}> #{phone}"
    end

    def log_ref
      "trader:#{id}"
    end
  end
end
