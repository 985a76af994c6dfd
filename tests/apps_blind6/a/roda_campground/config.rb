# frozen_string_literal: true

module Campground
  module Config
    DATABASE_URL = ENV.fetch("DATABASE_URL", "postgres://localhost/campground")
    REDIS_URL = ENV.fetch("REDIS_URL", "redis://localhost:6379/2")
    SMTP_ADDRESS = ENV.fetch("SMTP_ADDRESS", "smtp.postmarkapp.com")
    MAIL_FROM = "reservations@pinecreek-camp.example"
    CONFIRMATION_TEMPLATE = "reservation-confirmed"
    BRAZE_ENDPOINT = "https://rest.fra-01.braze.eu/users/track"
    BRAZE_API_KEY = ENV["BRAZE_API_KEY"]
    RANGER_PORTAL_URL = "http://ranger-portal.parks.example/api/arrivals"
    GATEWAY_URL = "https://api.gatewaypay.example/v1"
  end
end
