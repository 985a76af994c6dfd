require "faraday"
require "faraday/retry"

module PartnerClients
  module_function

  def settings
    Rails.configuration.partners
  end

  def pennant
    @pennant ||= Faraday.new(url: settings[:pennant][:base_url]) do |f|
      f.request :authorization, "Bearer", settings[:pennant][:api_key]
      f.request :json
      f.response :json
      f.request :retry, max: 2, methods: %i[post]
    end
  end

  def imei_ledger
    @imei_ledger ||= Faraday.new(
      url: settings[:imei_ledger][:base_url],
      ssl: { verify: settings[:imei_ledger][:verify_ssl].to_s == "true" }
    ) do |f|
      f.request :json
      f.response :json
    end
  end

  def sendy
    @sendy ||= Faraday.new(url: settings[:sendy][:base_url]) do |f|
      f.request :url_encoded
    end
  end

  def encharge
    @encharge ||= Faraday.new(url: "https://api.encharge.io/v1") do |f|
      f.headers["X-Encharge-Token"] = settings[:encharge][:token].to_s
      f.request :json
      f.response :json
    end
  end
end
