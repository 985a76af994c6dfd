require "hanami/api"
require "openssl"

module Edgewise
  class API < Hanami::API
    get "/health" do
      json(ok: true)
    end

    post "/customers" do
      id = Bookings.new.sign_up(params.to_h.transform_keys(&:to_s))
      status 201
      json(id: id)
    rescue ArgumentError => e
      LOGGER.warn("signup rejected: #{e.message}")
      halt 422, e.message
    end

    get "/customers/:id" do
      customer = CustomerRepo.new.find(params[:id].to_i)
      halt 404 unless customer
      LOGGER.info("customer viewed: #{customer.name} <#{customer.email}>")
      json(customer.to_h)
    end

    post "/customers/:id/card" do
      result = Payments.new.store_card(params[:id].to_i, params.to_h.transform_keys(&:to_s))
      result ? json(result) : halt(402)
    end

    post "/jobs/:id/van-payment" do
      last4 = Payments.new.van_payment(params[:id].to_i, params.to_h.transform_keys(&:to_s))
      json(last4: last4)
    end

    post "/jobs/:id/receipt" do
      status Receipts.new.send_for(params[:id].to_i, params[:customer_id].to_i, params[:charge_id])
      json(sent: true)
    end

    post "/customers/:id/rounds" do
      Bookings.new.book_round(params[:id].to_i, params[:web_uuid], params[:blades].to_i)
      json(booked: true)
    end

    post "/hooks/whetstone" do
      raw = request.body.read
      sig = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("WHETSTONE_WEBHOOK_SECRET"), raw)
      halt 401 unless Rack::Utils.secure_compare(sig, env["HTTP_X_WHETSTONE_SIGNATURE"].to_s)
      event = JSON.parse(raw)
      case event["type"]
      when "charge.failed"
        LOGGER.warn(message: "charge failed", payer: event["payer"])
      when "charge.succeeded"
        customer = CustomerRepo.new.find(event.dig("metadata", "customer_id").to_i)
        Vendors::Adjust.new.paid(customer, event.dig("metadata", "web_uuid"), event["amount"]) if customer
        LOGGER.info(message: "charge ok", charge: event["id"])
      end
      status 204
    end
  end
end
