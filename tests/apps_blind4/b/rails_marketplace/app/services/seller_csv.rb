require "csv"

# Admin export of sellers for the finance team (download only, never stored).
class SellerCsv
  HEADERS = %w[id shop_name contact_name email phone created_at payout_card_last4].freeze

  def initialize(sellers)
    @sellers = sellers
  end

  def to_csv
    CSV.generate(headers: true) do |csv|
      csv << HEADERS
      @sellers.includes(:payout_cards).each do |s|
        csv << [s.id, s.shop_name, s.contact_name, s.email, s.phone, s.created_at.iso8601,
                s.payout_cards.map(&:last4).join(" ")]
      end
    end
  end
end
