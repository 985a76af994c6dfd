module HttpClients
  module_function

  def partners
    Rails.configuration.x.partners
  end

  def drip
    @drip ||= Faraday.new(url: "#{partners[:drip][:base_url]}/#{partners[:drip][:account_id]}") do |f|
      f.request :authorization, :basic, ENV["DRIP_API_TOKEN"], ""
      f.request :json
      f.response :json
      f.response :raise_error
    end
  end

  def vero
    @vero ||= Faraday.new(url: partners[:vero][:base_url]) do |f|
      f.request :json
      f.response :json
    end
  end

  def venue_hub
    @venue_hub ||= Faraday.new(url: partners[:venue_hub][:base_url], ssl: { verify: partners[:venue_hub][:ssl_verify] }) do |f|
      f.request :json
      f.request :retry, max: 2
      f.response :json
    end
  end

  def platepay
    @platepay ||= Faraday.new(url: partners[:platepay][:base_url], ssl: { verify: partners[:platepay][:ssl_verify] }) do |f|
      f.request :authorization, "Bearer", ENV["PLATEPAY_SECRET"]
      f.request :json
      f.response :json
    end
  end

  def kitchen_printer
    @kitchen_printer ||= Faraday.new(url: partners[:kitchen_printer][:base_url])
  end
end
