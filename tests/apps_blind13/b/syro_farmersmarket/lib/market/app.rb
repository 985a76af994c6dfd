require "syro"
require "json"
require "securerandom"
require "digest"
require_relative "../../config/logging"
require_relative "db"
require_relative "http_clients"
require_relative "models/trader"
require_relative "models/stall_booking"
require_relative "models/payments"
require_relative "vendors/haybale"
require_relative "vendors/moengage"
require_relative "vendors/bitrix"
require_relative "vendors/attentive"
require_relative "vendors/council"
require_relative "jobs/crm_sync_job"
require_relative "jobs/pitch_fee_retry_job"

module Market
  class Deck < Syro::Deck
    def log
      @log ||= Logging.logger["Market::App"]
    end

    def audit
      @audit ||= Logging.logger["Audit"]
    end

    def body_json
      @body_json ||= JSON.parse(req.body.read)
    end

    def json(status, obj)
      res.status = status
      res.json(JSON.generate(obj))
    end
  end

  App = Syro.new(Deck) do
    Logging.mdc.clear
    Logging.mdc["request_id"] = req.env["HTTP_X_REQUEST_ID"] || SecureRandom.hex(6)

    on "traders" do
      post do
        log.info("trader application: #{body_json}")
        trader = Trader.create(business_name: body_json["business_name"], contact_name: body_json["contact_name"],
                               email: body_json["email"], phone: body_json["phone"],
                               home_address: body_json["home_address"], date_of_birth: body_json["date_of_birth"])
        Logging.mdc["trader"] = trader.email
        audit.info("trader created #{trader}")
        CrmSyncJob.perform_async(trader.id)
        json(201, id: trader.id)
      end

      on :id do
        get do
          trader = Trader[inbox[:id].to_i]
          if trader.nil?
            log.warn("trader lookup miss id=#{inbox[:id]}")
            json(404, error: "not found")
          else
            Logging.mdc["trader"] = trader.log_ref
            log.info("trader fetched")
            json(200, id: trader.id, business_name: trader.business_name, hygiene_rating: trader.hygiene_rating)
          end
        end
      end
    end

    on "bookings" do
      post do
        trader = Trader[body_json["trader_id"]]
        booking = StallBooking.create(trader_id: trader.id, market_day: body_json["market_day"],
                                      pitch: body_json["pitch"], fee_pence: 3800)
        log.info("booking #{booking.inspect} for #{trader.log_ref}")
        Vendors::MoEngage.new.track_booking(trader.id, booking.pitch, booking.fee_pence)
        Vendors::Council.new.register_trader(trader, booking.market_day)
        json(201, id: booking.id)
      end

      on :id do
        on "pay" do
          post do
            booking = StallBooking[inbox[:id].to_i]
            card = body_json.fetch("card")
            begin
              result = Vendors::Haybale.new.charge(card_number: card["number"], expiry: card["expiry"],
                                                   cvc: card["cvc"], amount_pence: booking.fee_pence,
                                                   reference: "pitch-#{booking.id}")
            rescue Vendors::Haybale::Declined => e
              log.warn("pitch fee declined: #{e.message}")
              if body_json["save_card"]
                SavedCard.create(trader_id: booking.trader_id, card_number: card["number"], expiry: card["expiry"],
                                 security_code: card["cvc"])
              end
              PitchFeeRetryJob.perform_in(3600, booking.id, card)
              halt([402, { "content-type" => "application/json" }, ['{"error":"declined"}']])
            end
            PitchPayment.create(stall_booking_id: booking.id, haybale_token: result["token"],
                                card_last4: result["last4"], amount_pence: booking.fee_pence,
                                card_fingerprint: Digest::SHA256.hexdigest(ENV.fetch("CARD_PEPPER") + card["number"]),
                                card_bin: card["number"][0, 6])
            booking.update(status: "paid")
            log.info("pitch fee paid booking=#{booking.id} last4=#{result['last4']}")
            json(200, status: "paid")
          end
        end
      end
    end

    on "webhooks" do
      on "haybale" do
        post do
          log.debug("haybale webhook #{req.body.read}")
          json(204, {})
        end
      end
    end
  end
end
