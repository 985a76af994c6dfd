class CapturePaymentWorker
  include Shoryuken::Worker

  shoryuken_options queue: "doorstep-captures", auto_delete: true, body_parser: :json

  def perform(_sqs_msg, body)
    payment = DoorstepPayment.find(body["payment_id"])
    charge = Gateway.new.charge(body["number"], body["expiry"], body["cvc"], body["amount_pence"], payment.id)
    payment.update_attributes(gateway_ref: charge["id"], status: charge["status"])
    Shoryuken.logger.info "doorstep #{payment.ref} captured after retry"
  rescue Gateway::Unavailable => e
    Shoryuken.logger.error "capture retry failed (#{e.message}): #{body}"
    raise
  end
end
