class Gateway
  class Declined < StandardError; end

  def authorise(booking, number:, cvc:, expiry:)
    body = { amount: booking.deposit_pence, currency: "GBP", reference: "PB-#{booking.id}", capture: false }
    body[:card] = { number: number, cvc: cvc, expiry: expiry }
    res = HttpJsonClient[:gateway].post("/authorisations", body)
    return res if res["status"] == "authorised"

    raise Declined, "authorisation declined for booking #{booking.id} card #{number} (#{res['decline_code']})"
  end

  def charge_token(booking, token)
    res = HttpJsonClient[:gateway].post("/charges", { amount: booking.deposit_pence, currency: "GBP", source: token, reference: "PB-#{booking.id}" })
    raise Declined, "token charge declined for booking #{booking.id} (#{res['decline_code']})" unless res["status"] == "succeeded"

    res
  end
end
