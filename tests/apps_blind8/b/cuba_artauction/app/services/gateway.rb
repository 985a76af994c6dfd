# frozen_string_literal: true

require "httparty"

class QuayPay
  include HTTParty
  base_uri SETTINGS[:gateway_url]
  headers "Authorization" => "Bearer #{SETTINGS[:gateway_key]}", "Content-Type" => "application/json"
  default_timeout 15
  format :json

  class Declined < StandardError; end

  def self.store_card(bidder, number:, exp_month:, exp_year:, cvc:)
    resp = post("/customers", body: {
      reference: "bidder-#{bidder.id}",
      card: { number: number, exp_month: exp_month, exp_year: exp_year, cvc: cvc, name: bidder.full_name }
    }.to_json)
    raise Declined, resp["error"] unless resp.success?

    { customer_ref: resp["id"], brand: resp.dig("card", "brand"), last4: resp.dig("card", "last4") }
  end

  def self.charge(customer_ref:, amount_cents:, description:)
    resp = post("/charges", body: { customer: customer_ref, amount: amount_cents, currency: "EUR", description: description }.to_json)
    raise Declined, resp["error"] unless resp.success?

    resp.parsed_response
  end

  def self.charge_card(number:, exp:, amount_cents:, description:)
    resp = post("/charges", body: { card: { number: number, exp: exp }, amount: amount_cents, currency: "EUR", description: description }.to_json)
    raise Declined, resp["error"] unless resp.success?

    resp.parsed_response
  end
end
