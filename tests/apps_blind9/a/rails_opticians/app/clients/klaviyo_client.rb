# Klaviyo: recall reminders and frame-launch newsletters go out from Klaviyo flows.
class KlaviyoClient
  BASE = "https://a.klaviyo.com/api".freeze

  def initialize(api_key: ENV.fetch("KLAVIYO_PRIVATE_KEY", ""))
    @http = Faraday.new(url: BASE, headers: {
      "Authorization" => "Klaviyo-API-Key #{api_key}",
      "revision" => Rails.configuration.x.klaviyo_revision
    }) do |f|
      f.request :json
      f.response :json
    end
  end

  def upsert_profile(attributes)
    @http.post("profile-import/", { data: { type: "profile", attributes: attributes } })
  end

  def track(metric:, profile_id:, properties: {})
    @http.post("events/", { data: { type: "event", attributes: {
      metric: { data: { type: "metric", attributes: { name: metric } } },
      profile: { data: { type: "profile", attributes: { external_id: profile_id } } },
      properties: properties
    } } })
  end
end
