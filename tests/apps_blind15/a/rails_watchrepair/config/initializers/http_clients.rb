require "faraday"
require "faraday/retry"

module HttpClients
  module_function

  def settings
    Rails.configuration.integrations
  end

  def nutshell
    @nutshell ||= Faraday.new(url: settings[:nutshell][:url], ssl: { verify: settings[:nutshell].fetch(:verify_ssl, true) }) do |f|
      f.request :authorization, :basic, ENV.fetch("NUTSHELL_USER", ""), ENV.fetch("NUTSHELL_API_KEY", "")
      f.request :json
      f.response :json
      f.request :retry, max: 2
    end
  end

  def qualtrics
    @qualtrics ||= Faraday.new(url: settings[:qualtrics][:url], headers: { "X-API-TOKEN" => ENV.fetch("QUALTRICS_TOKEN", "") }) do |f|
      f.request :json
      f.response :json
    end
  end

  def brackwell
    @brackwell ||= Faraday.new(url: settings[:brackwell][:url], ssl: { verify: settings[:brackwell].fetch(:verify_ssl, false) }) do |f|
      f.request :json
      f.response :json
      f.response :logger, Rails.logger, bodies: true
    end
  end

  def gateway
    @gateway ||= Faraday.new(url: settings[:gateway][:url]) do |f|
      f.request :authorization, "Bearer", ENV.fetch("TICKPAY_SECRET", "")
      f.request :json
      f.response :json
      f.response :raise_error
    end
  end

  def bench_display
    @bench_display ||= Faraday.new(url: settings[:bench_display][:url])
  end
end
