module Clearpane
  SETTINGS = {
    gateway_url: "https://api.squeegeepay.example/v2",
    gateway_key: ENV["SQUEEGEE_KEY"],
    # route app on the depot mini PC; the cleaners' phones pull their day sheets from it
    route_app_url: ENV.fetch("ROUTE_APP_URL", "http://192.168.1.20:4567"),
    roundsman_url: "https://partners.roundsman.example",
    roundsman_verify: ENV.fetch("ROUNDSMAN_VERIFY_TLS", "false") == "true",
    capsule_token: ENV["CAPSULE_TOKEN"],
    nextdoor_token: ENV["NEXTDOOR_CAPI_TOKEN"],
    nextdoor_advertiser: "2810447"
  }.freeze
end
