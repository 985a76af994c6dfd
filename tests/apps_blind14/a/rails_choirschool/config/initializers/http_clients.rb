partners = Rails.application.config_for(:partners)

TUITION_GATEWAY = Faraday.new(url: partners.dig(:tuition_gateway, :url),
                              ssl: { verify: partners.dig(:tuition_gateway, :verify_ssl).to_s == "true" }) do |f|
  f.request :json
  f.request :retry, max: 2
  f.response :json
  f.headers["Authorization"] = "Bearer #{ENV['CANTORPAY_KEY']}"
end

TOUR_AGENT = Faraday.new(url: partners.dig(:tour_agent, :url)) do |f|
  f.request :json
  f.response :json
end

MAILGUN = Faraday.new(url: partners.dig(:mailgun, :url)) do |f|
  f.request :url_encoded
  f.request :authorization, :basic, "api", ENV.fetch("MAILGUN_API_KEY", "")
  f.response :json
end
