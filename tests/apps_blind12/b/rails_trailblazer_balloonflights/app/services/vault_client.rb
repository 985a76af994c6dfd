class VaultClient
  class Declined < StandardError; end

  def tokenise(number:, expiry:, cvc:, holder:)
    res = Http::VAULT["cards"].post({ number: number, expiry: expiry, cvc: cvc, holder: holder }.to_json,
                                    content_type: :json)
    body = JSON.parse(res.body)
    Rails.logger.info("vault token issued last4=#{body['last4']}")
    body
  rescue RestClient::ExceptionWithResponse => e
    raise Declined, "vault declined (#{e.http_code})"
  end

  def charge_keyed(number:, expiry:, cvc:, amount_pence:)
    Http::VAULT["keyed-charges"].post({ number: number, expiry: expiry, cvc: cvc, amount: amount_pence }.to_json,
                                      content_type: :json)
  end
end
