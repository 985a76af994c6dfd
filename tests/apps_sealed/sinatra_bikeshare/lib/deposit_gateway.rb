require "json"
require "logger"
require "net/http"
require "openssl"

class DepositGateway
  HOST = "preauth.velopay.example"
  ID_CHECK_URL = URI("http://idcheck.velopay.example/v1/verify")

  def initialize(logger: Logger.new($stdout))
    @logger = logger
  end

  def hold(card_number:, ccv:, expiry:, amount_cents:)
    http = Net::HTTP.new(HOST, 443)
    http.use_ssl = true
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    request = Net::HTTP::Post.new("/holds", "Content-Type" => "application/json")
    request.body = { pan: card_number, cvc: ccv, expiry: expiry, amount: amount_cents }.to_json
    response = http.request(request)
    body = JSON.parse(response.body)
    @logger.info("hold #{body['id']} -> #{response.code}")
    body
  end

  def verify_identity(full_name:, birthdate:, passport_no:)
    response = Net::HTTP.post(
      ID_CHECK_URL,
      { name: full_name, dob: birthdate.to_s, passport: passport_no }.to_json,
      "Content-Type" => "application/json"
    )
    JSON.parse(response.body).fetch("verified", false)
  end
end
