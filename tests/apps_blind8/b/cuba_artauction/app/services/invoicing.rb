# frozen_string_literal: true

require "httparty"
require "securerandom"

# Buyer invoices and the anti-money-laundering check required above the cash threshold.
module Invoicing
  LOG = APP_LOG.child(component: "invoicing")
  AML_THRESHOLD_CENTS = 1_000_000
  AML_URL = ENV.fetch("AML_URL", "https://api.kyc-screening.example/v2")

  module_function

  def invoice_number(lot)
    format("%<y>04d%<s>04d%<l>04d%<n>04d", y: Date.today.year, s: lot.sale_code[/\d+/].to_i, l: lot.lot_number,
                                            n: SecureRandom.random_number(10_000))
  end

  def issue(lot)
    lot.update!(invoice_number: invoice_number(lot)) unless lot.invoice_number
    total = lot.hammer_cents + lot.premium_cents
    screen(lot.buyer_id, total) if total >= AML_THRESHOLD_CENTS
    LOG.info("invoice issued", lot: lot.lot_number, invoice: lot.invoice_number, total_cents: total)
    { number: lot.invoice_number, total_cents: total }
  end

  def screen(bidder_id, total_cents)
    bidder = Bidder.find(bidder_id)
    resp = HTTParty.post("#{AML_URL}/screenings",
                         headers: { "Authorization" => "Bearer #{ENV['AML_TOKEN']}" },
                         body: { name: bidder.full_name, document: bidder.passport_number,
                                 amount_cents: total_cents }.to_json,
                         timeout: 20)
    result = resp.parsed_response.fetch("result", "error")
    LOG.info("AML screening", bidder_id: bidder.id, result: result)
    raise "AML hit for bidder #{bidder.id}" if result == "hit"

    result
  end

  def statement_lines(bidder)
    Lot.where(buyer_id: bidder.id).order(:sale_code, :lot_number).map do |lot|
      {
        sale: lot.sale_code,
        lot: lot.lot_number,
        title: lot.title,
        hammer_cents: lot.hammer_cents,
        premium_cents: lot.premium_cents,
        invoice: lot.invoice_number,
        paid: !lot.paid_at.nil?
      }
    end
  end
end
