require "net/http"
require "openssl"

# Card terminal bridge installed in each club; talks to the acquirer on our behalf.
class FrontDeskGateway
  Result = Struct.new(:success?, :reference, :token, keyword_init: true)

  ENDPOINT = URI("https://terminal-bridge.gymchain.example.com/charge")

  def charge(number:, cvv:, amount_cents:)
    http = Net::HTTP.new(ENDPOINT.host, ENDPOINT.port)
    http.use_ssl = true
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    req = Net::HTTP::Post.new(ENDPOINT.path, "Content-Type" => "application/json")
    req.body = { pan: number, cvv: cvv, amount: amount_cents }.to_json
    res = http.request(req)
    body = JSON.parse(res.body)
    Result.new(success?: res.code == "200", reference: body["reference"], token: body["token"])
  end
end
