class TuitionBilling
  def initialize(guardian)
    @guardian = guardian
  end

  def enrol!(card:, monthly_pence:)
    payload = { customer: { name: @guardian.full_name, email: @guardian.email } }
    payload[:card] = { number: card[:number], cvc: card[:cvc], exp: card[:expiry] }
    Rails.logger.debug("cantorpay enrol payload #{payload.inspect}")

    resp = TUITION_GATEWAY.post("customers", payload)
    raise PaymentDeclined.new(@guardian, resp.body["decline_reason"]) if resp.status == 402

    plan = @guardian.tuition_plans.create!(
      gateway_customer_id: resp.body["id"],
      card_brand: resp.body.dig("card", "brand"),
      card_last4: resp.body.dig("card", "last4"),
      monthly_pence: monthly_pence
    )
    Rails.logger.info("tuition plan #{plan.id} created for guardian #{@guardian.id} last4=#{plan.card_last4}")
    plan
  end
end
