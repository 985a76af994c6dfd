module Nursery
  Settings = {
    gateway_url: ENV.fetch('GATEWAY_URL', 'https://api.kidspay.co.uk/v2'),
    gateway_key: ENV['GATEWAY_KEY'],
    # Funded-hours claims go to the county council's early-years portal.
    council_portal_url: ENV.fetch('COUNCIL_PORTAL_URL', 'https://earlyyears.northshire.gov.uk/provider-api'),
    council_ca_bundle: ENV['COUNCIL_CA_BUNDLE'],
    # The door-entry controller in the foyer only takes plain HTTP on the LAN.
    door_controller_url: ENV.fetch('DOOR_CONTROLLER_URL', 'http://192.168.10.40/api/v1'),
    zendesk_url: ENV.fetch('ZENDESK_URL', 'https://littleacorns.zendesk.com/api/v2'),
    zendesk_user: ENV['ZENDESK_USER'],
    zendesk_token: ENV['ZENDESK_TOKEN'],
  }.freeze
end
