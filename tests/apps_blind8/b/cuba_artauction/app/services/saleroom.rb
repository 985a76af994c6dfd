# frozen_string_literal: true

require "http"
require "openssl"

module Saleroom
  LOG = APP_LOG.child(component: "saleroom")

  # The saleroom display (the board behind the auctioneer) shows the paddle and the winning bidder.
  def self.announce_hammer(lot, paddle, bidder)
    HTTP.timeout(2).post("#{SETTINGS[:saleroom_display_url]}/hammer",
                         json: { lot: lot.lot_number, paddle: paddle.paddle_number, buyer: bidder.full_name, phone: bidder.phone })
  rescue HTTP::Error => e
    LOG.warn("display unreachable", lot: lot.lot_number, error: e.message)
  end

  def self.board_status
    HTTP.timeout(1).get("#{SETTINGS[:saleroom_display_url]}/status").code
  end

  # Fine-art freight bookings for shipped lots.
  def self.book_shipping(lot, bidder)
    ctx = OpenSSL::SSL::SSLContext.new
    ctx.verify_mode = OpenSSL::SSL::VERIFY_NONE
    HTTP.auth("Bearer #{ENV['ART_SHIPPER_TOKEN']}")
        .post("#{SETTINGS[:art_shipper_url]}/bookings",
              ssl_context: ctx,
              json: { lot: lot.title, consignee: bidder.full_name, address: bidder.billing_address, phone: bidder.phone })
  end
end
