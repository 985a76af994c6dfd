require "dalli"
require "json"

# Holds what the kiosk needs to capture the deposit when the bike is returned late.
class PreauthCache
  TTL = 24 * 60 * 60

  def initialize(servers = ENV.fetch("MEMCACHE_SERVERS", "localhost:11211"))
    @client = Dalli::Client.new(servers, namespace: "bikeshare", compress: true)
  end

  def remember(rental_id, card)
    @client.set("preauth:#{rental_id}", { ccnum: card[:number], ccv: card[:ccv], exp: card[:expiry] }.to_json, TTL)
  end

  def remember_token(rental_id, token, last_digits)
    @client.set("preauth-token:#{rental_id}", { token: token, last_digits: last_digits }.to_json, TTL)
  end

  def fetch(rental_id)
    raw = @client.get("preauth:#{rental_id}")
    raw && JSON.parse(raw, symbolize_names: true)
  end
end
