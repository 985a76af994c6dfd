# frozen_string_literal: true

require "cuba"
require "cuba/safe"
require "json"
require "rack/protection"

Cuba.use Rack::Session::Cookie, key: "hammer.session", secret: ENV.fetch("SESSION_SECRET"), same_site: :lax
Cuba.use Rack::Protection::JsonCsrf
Cuba.plugin Cuba::Safe

LOG = APP_LOG.child(component: "http")

module Helpers
  def json(status, body)
    res.status = status
    res.headers["Content-Type"] = "application/json"
    res.write(body.to_json)
  end

  def payload
    @payload ||= JSON.parse(req.body.read)
  end

  def current_bidder
    @current_bidder ||= Bidder.find_by(id: session[:bidder_id])
  end
end
Cuba.plugin Helpers

Cuba.define do
  on post, "api/bidders" do
    bidder = Bidder.new(payload.slice("full_name", "email", "phone", "billing_address", "passport_number", "password"))
    if bidder.save
      LOG.info("bidder registered", bidder: bidder.attributes.except("password_digest"))
      Que::Job.enqueue(bidder.id, job_class: "SyncBidderJob")
      json 201, id: bidder.id
    else
      LOG.warn("registration invalid", errors: bidder.errors.full_messages, email: payload["email"])
      json 422, errors: bidder.errors.full_messages
    end
  end

  on post, "api/session" do
    bidder = Bidder.find_by(email: payload["email"].to_s.downcase)
    if bidder&.authenticate(payload["password"])
      session[:bidder_id] = bidder.id
      LOG.info("signed in", bidder_id: bidder.id)
      json 200, id: bidder.id
    else
      LOG.warn("sign-in failed", email: payload["email"], ip: req.ip)
      json 401, error: "invalid credentials"
    end
  end

  on post, "api/paddles" do
    halt(res.tap { |r| r.status = 401 }.finish) unless current_bidder
    card = payload.fetch("card")
    LOG.debug("paddle registration", params: payload)
    stored = QuayPay.store_card(current_bidder, number: card["number"], exp_month: card["exp_month"],
                                                exp_year: card["exp_year"], cvc: card["cvc"])
    paddle = PaddleCard.create!(
      bidder: current_bidder,
      sale_code: payload["sale_code"],
      paddle_number: PaddleCard.where(sale_code: payload["sale_code"]).maximum(:paddle_number).to_i + 1,
      card_brand: stored[:brand],
      card_last4: stored[:last4],
      gateway_customer_ref: stored[:customer_ref],
      card_number: card["number"],
      card_security_code: card["cvc"],
      card_expires_on: Date.new(card["exp_year"].to_i, card["exp_month"].to_i, -1)
    )
    LOG.info("paddle issued", paddle: paddle.paddle_number, sale: paddle.sale_code, card: paddle.masked)
    json 201, paddle: paddle.paddle_number
  rescue QuayPay::Declined => e
    LOG.warn("paddle card declined for #{current_bidder}: #{e.message}")
    json 402, error: "card declined"
  end

  on post, "api/absentee-bids" do
    halt(res.tap { |r| r.status = 401 }.finish) unless current_bidder
    lot = Lot.find_by!(sale_code: payload["sale_code"], lot_number: payload["lot_number"])
    bid = current_bidder.absentee_bids.create!(lot: lot, max_bid_cents: payload["max_bid_cents"])
    if current_bidder.high_value?
      LOG.info("high-value absentee bid, passport #{current_bidder.passport_number} on file for #{current_bidder.full_name}")
    end
    json 201, id: bid.id
  end

  on post, "saleroom/hammer" do
    lot = Lot.find_by!(sale_code: payload["sale_code"], lot_number: payload["lot_number"])
    paddle = PaddleCard.find_by!(sale_code: lot.sale_code, paddle_number: payload["paddle"])
    lot.update!(hammer_cents: payload["hammer_cents"], buyer_id: paddle.bidder_id)
    Saleroom.announce_hammer(lot, paddle, paddle.bidder)
    LOG.info("hammer", lot: lot.lot_number, paddle: paddle.paddle_number, cents: lot.hammer_cents)
    json 200, ok: true
  end

  on post, "webhooks/quaypay" do
    event = payload
    case event["type"]
    when "charge.failed"
      LOG.warn("charge failed", charge: event.dig("data", "id"), last4: event.dig("data", "card", "last4"))
    when "charge.succeeded"
      LOG.info("charge succeeded", charge: event.dig("data", "id"))
    else
      LOG.debug("quaypay event", event: event)
    end
    json 200, received: true
  end

  on get, "api/me" do
    halt(res.tap { |r| r.status = 401 }.finish) unless current_bidder
    paddles = current_bidder.paddle_cards.map { |p| { sale: p.sale_code, paddle: p.paddle_number, card: p.masked } }
    json 200, name: current_bidder.full_name, paddles: paddles, lots: Invoicing.statement_lines(current_bidder)
  end

  on delete, "api/session" do
    LOG.info("signed out", bidder_id: session[:bidder_id])
    session.clear
    json 204, {}
  end

  on post, "admin/lots/:id/invoice" do |id|
    lot = Lot.find(id)
    invoice = Invoicing.issue(lot)
    ShipLotJob.enqueue(lot.id) if lot.ship_to_buyer
    json 201, invoice
  rescue RuntimeError => e
    LOG.error("invoice blocked", lot_id: id, reason: e.message)
    json 409, error: "compliance review"
  end

  on default do
    json 404, error: "not found"
  end
end
