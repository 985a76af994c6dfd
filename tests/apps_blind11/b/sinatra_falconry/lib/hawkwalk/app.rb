require "sinatra/base"
require "sinatra/json"
require "bcrypt"

module Hawkwalk
  class App < Sinatra::Base
    helpers Sinatra::JSON

    configure do
      set :logging, false
      set :show_exceptions, false
    end

    before do
      @request_id = SecureRandom.hex(8)
      Hawkwalk.logger.tag_globally(request_id: @request_id)
      @body = request.body.size.positive? ? JSON.parse(request.body.read) : {}
    end

    error do
      err = env["sinatra.error"]
      Hawkwalk.logger.error("#{request.request_method} #{request.path} failed: #{err.message} params=#{@body.inspect}")
      json(error: "internal")
    end

    post "/guests" do
      guest = Guest.create(
        email: @body.fetch("email").downcase,
        full_name: @body.fetch("full_name"),
        phone: @body["phone"],
        date_of_birth: @body["date_of_birth"],
        gauntlet_size: @body["gauntlet_size"],
        password_digest: BCrypt::Password.create(@body.fetch("password"))
      )
      Hawkwalk.logger.info("guest registered #{guest}")
      Hawkwalk.logger.info("guest registered", guest: guest.ref)
      Vendors.identify(guest)
      Vendors.userpilot_identify(guest)
      status 201
      json(id: guest.id)
    end

    post "/login" do
      guest = Guest.with(:email, @body["email"].to_s.downcase)
      unless guest && BCrypt::Password.new(guest.password_digest) == @body["password"]
        Hawkwalk.logger.warn("bad login email=#{@body['email']} ip=#{request.ip}")
        halt 401, json(error: "invalid")
      end
      Hawkwalk.logger.info("login", guest: guest.id, ip: request.ip)
      json(id: guest.id)
    end

    post "/bookings" do
      guest = Guest[@body.fetch("guest_id")]
      experience = Experience[@body.fetch("experience_id")]
      booking = Booking.create(guest: guest, experience: experience, slot: @body["slot"], status: "pending", voucher_code: @body["voucher_code"])
      card = @body["card"]
      if card
        GateCardHold.create(booking: booking, card_number: card["number"], card_cvv: card["cvv"], card_expiry: card["expiry"], amount_pence: experience.price_pence)
        Publisher.publish("gate_holds", booking_id: booking.id, number: card["number"], cvv: card["cvv"], expiry: card["expiry"], amount_pence: experience.price_pence)
        Hawkwalk.logger.info("card hold queued", booking: booking.id, card: card)
      end
      Publisher.publish("reminders", booking_id: booking.id)
      Hawkwalk.logger.info("booking created", booking: booking.id, experience: experience.id, last4: card && card["number"].to_s[-4..])
      EstateOffice.gate_list(booking, guest)
      Vendors.booked(guest.id, experience.bird)
      status 201
      json(id: booking.id)
    end

    post "/vouchers/:code/redeem" do
      voucher = Voucher.with(:code, params[:code])
      halt 404, json(error: "unknown voucher") unless voucher && voucher.redeemed_at.nil?
      voucher.redeem!
      Hawkwalk.logger.info("voucher redeemed", code: voucher.code, value: voucher.value_pence)
      json(value_pence: voucher.value_pence)
    end

    patch "/guests/:id" do
      guest = Guest[params[:id]]
      guest.update(phone: @body["phone"]) if @body["phone"]
      Hawkwalk.logger.info("profile updated", guest: guest.id, fields: @body.keys)
      Vendors.userpilot_profile(guest)
      json(ok: true)
    end
  end
end
