require "excon"
require_relative "settings"

module HttpClients
  def self.drift
    @drift ||= Excon.new(Settings.dig(:drift, :base_url),
                         headers: { "Authorization" => "Bearer #{ENV["DRIFT_TOKEN"]}", "Content-Type" => "application/json" },
                         ssl_verify_peer: Settings.dig(:drift, :ssl_verify_peer, default: true),
                         persistent: true)
  end

  def self.leanplum
    @leanplum ||= Excon.new(Settings.dig(:leanplum, :base_url), persistent: true)
  end

  def self.grading_lab
    @grading_lab ||= Excon.new(Settings.dig(:grading_lab, :base_url),
                               headers: { "Content-Type" => "application/json" },
                               ssl_verify_peer: Settings.dig(:grading_lab, :ssl_verify_peer, default: false))
  end

  def self.gateway
    @gateway ||= Excon.new(Settings.dig(:gateway, :base_url),
                           headers: { "Authorization" => "Bearer #{ENV["CROOKPAY_KEY"]}", "Content-Type" => "application/json" })
  end
end
