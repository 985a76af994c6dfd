require "net/http"
require "json"

class HttpJsonClient
  class Error < StandardError; end

  @registry = {}

  class << self
    def register(name, base_url:, verify_tls: true, headers: {})
      @registry[name] = new(base_url, verify_tls, headers)
    end

    def [](name)
      @registry.fetch(name)
    end
  end

  def initialize(base_url, verify_tls, headers)
    @base = URI(base_url)
    @verify_tls = verify_tls
    @headers = { "Content-Type" => "application/json", "Accept" => "application/json" }.merge(headers)
  end

  def post(path, body)
    uri = URI.join(@base.to_s.chomp("/") + "/", path.delete_prefix("/"))
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = uri.scheme == "https"
    http.verify_mode = @verify_tls ? OpenSSL::SSL::VERIFY_PEER : OpenSSL::SSL::VERIFY_NONE
    http.open_timeout = 5
    http.read_timeout = 15
    req = Net::HTTP::Post.new(uri, @headers)
    req.body = body.to_json
    res = http.request(req)
    raise Error, "#{uri.host} #{res.code}" unless res.is_a?(Net::HTTPSuccess)
    res.body.present? ? JSON.parse(res.body) : {}
  end
end
