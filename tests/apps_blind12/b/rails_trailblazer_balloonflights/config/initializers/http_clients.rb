require "rest-client"

module Http
  SERVICES = Rails.configuration.x.services

  def self.resource(name, **opts)
    cfg = SERVICES.fetch(name)
    RestClient::Resource.new(cfg[:base_url], { timeout: 10, open_timeout: 3 }.merge(opts))
  end

  VAULT = resource(:vault, verify_ssl: SERVICES.dig(:vault, :verify_ssl) ? OpenSSL::SSL::VERIFY_PEER : OpenSSL::SSL::VERIFY_NONE,
                           headers: { authorization: "Bearer #{ENV['ASHGROVE_API_KEY']}" })
  RETRIEVE = resource(:retrieve_crew,
                      verify_ssl: SERVICES.dig(:retrieve_crew, :verify_ssl).to_s == "true" ? OpenSSL::SSL::VERIFY_PEER : OpenSSL::SSL::VERIFY_NONE)
  LAUNCH_TABLET = resource(:launch_tablet)
  KEAP = resource(:keap, headers: { "X-Keap-API-Key" => ENV["KEAP_API_KEY"], content_type: :json })
  MOOSEND = resource(:moosend, headers: { content_type: :json, accept: :json })
end
