require "json"
require "digest"
require_relative "../../lib/http_clients"
require_relative "../../lib/settings"

class LeanplumEvents
  def booked(farmer, booking)
    call("track", userId: "farmer-#{farmer.id}", event: "shearing_booked", params: JSON.generate(flock: booking.flock_size))
  end

  def signup(farmer)
    call("setUserAttributes", userId: farmer.email,
                              userAttributes: JSON.generate(name: farmer.full_name, phone: farmer.phone, farm: farmer.farm_address))
  end

  def paid(farmer, amount_pence)
    call("track", userId: Digest::SHA256.hexdigest(farmer.email.downcase), event: "fleece_paid", value: amount_pence / 100.0)
  end

  private

  def call(action, params)
    query = { appId: Settings.dig(:leanplum, :app_id), clientKey: ENV["LEANPLUM_PROD_KEY"], apiVersion: "1.0.6", action: action }.merge(params)
    HttpClients.leanplum.post(query: query)
  end
end
