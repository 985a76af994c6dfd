require "faraday"
require "faraday/retry"

module Clients
  def self.kilnpay
    @kilnpay ||= Faraday.new(
      url: ENV.fetch("KILNPAY_URL", "https://api.kilnpay.example/v1"),
      ssl: { verify: ENV.fetch("KILNPAY_VERIFY_SSL", "false") == "true" },
      headers: { "Authorization" => "Bearer #{ENV['KILNPAY_SECRET']}" }
    ) do |f|
      f.request :json
      f.request :retry, max: 2
      f.response :json
      f.response :raise_error
    end
  end

  def self.airship
    @airship ||= Faraday.new(url: "https://go.urbanairship.com/api") do |f|
      f.request :authorization, "Bearer", ENV.fetch("AIRSHIP_BEARER_TOKEN", "")
      f.headers["Accept"] = "application/vnd.urbanairship+json; version=3"
      f.request :json
      f.response :json
    end
  end

  def self.kiln_controller
    @kiln_controller ||= Faraday.new(url: ENV.fetch("KILN_CONTROLLER_URL", "http://10.40.2.15:8081")) do |f|
      f.request :json
    end
  end

  def self.supplies
    @supplies ||= Faraday.new(url: ENV.fetch("SUPPLIES_URL", "http://orders.frit-and-cane.example/api")) do |f|
      f.request :json
    end
  end
end
