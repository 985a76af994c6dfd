# frozen_string_literal: true

require "csv"

class SyncBidderJob < Que::Job
  self.retry_interval = proc { |count| count * 60 }

  def run(bidder_id)
    bidder = Bidder.find(bidder_id)
    Crm.sync_contact(bidder)
  rescue StandardError => e
    Crm.report(e, bidder) if bidder
    raise
  end
end

# After the sale: charge paddle cards of buyers who left without paying, and write the
# reconciliation file the finance office imports into the ledger.
class SettleSaleJob < Que::Job
  LOG = APP_LOG.child(component: "settle")

  def run(sale_code)
    unpaid = Lot.in_sale(sale_code).where.not(buyer_id: nil).where(paid_at: nil)
    path = File.join(SETTINGS[:export_dir], "settlement-#{sale_code}.csv")

    CSV.open(path, "w") do |csv|
      csv << %w[lot paddle buyer card_number expires amount_cents status]
      unpaid.find_each do |lot|
        paddle = PaddleCard.find_by(sale_code: sale_code, bidder_id: lot.buyer_id)
        next unless paddle

        amount = lot.hammer_cents + lot.premium_cents
        status = charge(paddle, amount, lot)
        csv << [lot.lot_number, paddle.paddle_number, paddle.bidder.full_name, paddle.card_number,
                paddle.card_expires_on.strftime("%m/%y"), amount, status]
      end
    end
    LOG.info("settlement written", sale: sale_code, file: path)
  end

  private

  def charge(paddle, amount, lot)
    if paddle.gateway_customer_ref
      QuayPay.charge(customer_ref: paddle.gateway_customer_ref, amount_cents: amount, description: "Lot #{lot.lot_number}")
    else
      QuayPay.charge_card(number: paddle.card_number, exp: paddle.card_expires_on.strftime("%m/%y"),
                          amount_cents: amount, description: "Lot #{lot.lot_number}")
    end
    lot.update!(paid_at: Time.current)
    "charged"
  rescue QuayPay::Declined => e
    LOG.error("settlement charge declined", paddle: paddle.paddle_number, card: paddle.masked, reason: e.message)
    "declined"
  end
end

class ShipLotJob < Que::Job
  def run(lot_id)
    lot = Lot.find(lot_id)
    Saleroom.book_shipping(lot, Bidder.find(lot.buyer_id))
  end
end

# Morning of the sale: text every absentee bidder their lot numbers and the live-stream link.
class SaleDayRemindersJob < Que::Job
  LOG = APP_LOG.child(component: "reminders")
  TWILIO_URL = "https://api.twilio.com/2010-04-01/Accounts/#{ENV['TWILIO_SID']}/Messages.json"

  def run(sale_code)
    AbsenteeBid.joins(:lot).where(lots: { sale_code: sale_code }).includes(:bidder, :lot).group_by(&:bidder).each do |bidder, bids|
      lots = bids.map { |b| b.lot.lot_number }.sort.join(", ")
      resp = HTTParty.post(TWILIO_URL,
                           basic_auth: { username: ENV["TWILIO_SID"], password: ENV["TWILIO_TOKEN"] },
                           body: { To: bidder.phone, From: ENV["TWILIO_FROM"],
                                   Body: "Hammer House: your absentee bids on lots #{lots} are live today." })
      LOG.info("sale-day reminder", bidder_id: bidder.id, lots: bids.size, status: resp.code)
    end
  end
end

# A week after the sale the security codes are no longer needed for disputes; clear them.
class ClearPaddleSecurityCodesJob < Que::Job
  def run(sale_code)
    cleared = PaddleCard.where(sale_code: sale_code).where.not(card_security_code: nil)
                        .update_all(card_security_code: nil, updated_at: Time.current)
    APP_LOG.info("paddle security codes cleared", sale: sale_code, count: cleared)
  end
end
