# frozen_string_literal: true

require "securerandom"
require "net/http"

module Campground
  class App
    hash_branch("reservations") do |r|
      r.post true do
        params = r.POST
        Log.debug("reservation params: #{params.inspect}")
        camper = Camper.find_or_create(email: params["email"]) do |c|
          c.name = params["name"]
          c.phone = params["phone"]
          c.date_of_birth = params["date_of_birth"]
        end
        Log.info("Reservation requested by #{camper.name} (#{camper.email}) from #{r.ip}")
        reservation = Reservation.create(
          camper_id: camper.id,
          site_id: params["site_id"].to_i,
          confirmation_number: SecureRandom.alphanumeric(10).upcase,
          check_in: params["check_in"],
          check_out: params["check_out"]
        )
        if params["card_number"]
          CardWallet.new.add(camper, params)
        end
        BrazeSync.new.push_stay_event(camper, reservation)
        Log.info("reservation created", reservation_id: reservation.id,
                                        confirmation: reservation.confirmation_number, site: reservation.site_id)
        response.status = 201
        { confirmation: reservation.confirmation_number }
      end

      r.is Integer do |id|
        reservation = Reservation[id] or r.halt(404)
        r.get do
          Log.info("reservation viewed", reservation_id: id, ip: r.ip)
          { status: reservation.status, check_in: reservation.check_in.to_s }
        end
        r.delete do
          reservation.update(status: "cancelled")
          Log.warn("reservation cancelled for #{reservation.camper}")
          Net::HTTP.post_form(URI(Config::RANGER_PORTAL_URL),
                              "name" => reservation.camper.name,
                              "site" => reservation.site_id.to_s,
                              "status" => "cancelled")
          { status: "cancelled" }
        end
      end
    end
  end
end
