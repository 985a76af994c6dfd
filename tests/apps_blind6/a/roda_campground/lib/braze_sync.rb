# frozen_string_literal: true

require "digest"
require "net/http"
require "json"

module Campground
  class BrazeSync
    def initialize(logger: Log)
      @logger = logger
    end

    def push_profile(camper)
      attributes = [{
        external_id: camper.id.to_s,
        email: camper.email,
        first_name: camper.name.split.first,
        phone: camper.phone,
        dob: camper.date_of_birth&.iso8601
      }]
      post(attributes: attributes)
    end

    def push_stay_event(camper, reservation)
      post(events: [{
        external_id: Digest::SHA256.hexdigest(camper.email.downcase),
        name: "stay_booked",
        time: Time.now.utc.iso8601,
        properties: { nights: (reservation.check_out - reservation.check_in).to_i, site: reservation.site_id }
      }])
    end

    private

    def post(body)
      uri = URI(Config::BRAZE_ENDPOINT)
      res = Net::HTTP.post(uri, body.to_json, "Content-Type" => "application/json",
                                                "Authorization" => "Bearer #{Config::BRAZE_API_KEY}")
      @logger.info("braze sync", status: res.code, bytes: body.to_json.bytesize)
    end
  end
end
