class PennantGateway
  Declined = Class.new(StandardError)

  def initialize(conn = PartnerClients.pennant)
    @conn = conn
  end

  def tokenize(number:, expiry:, cvv:)
    @conn.post("tokens", { card: { number: number, expiry: expiry, cvv: cvv } }).body
  end

  def charge_token(token:, amount_pence:, reference:)
    body = @conn.post("charges", { token: token, amount: amount_pence, currency: "GBP", reference: reference }).body
    raise Declined, "#{reference}: #{body['decline_reason']}" unless body["status"] == "approved"
    body
  end

  def charge_keyed(number:, expiry:, cvv:, amount_pence:)
    body = @conn.post("charges/keyed", { card: { number: number, expiry: expiry, cvv: cvv }, amount: amount_pence }).body
    raise Declined, "keyed charge on #{number} declined: #{body['decline_reason']}" unless body["status"] == "approved"
    body
  end
end
