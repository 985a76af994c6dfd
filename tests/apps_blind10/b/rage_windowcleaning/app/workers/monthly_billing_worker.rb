class MonthlyBillingWorker
  include Shoryuken::Worker

  shoryuken_options queue: "monthly-billing", auto_delete: true, body_parser: :json

  def self.enqueue_due(today = Date.today)
    PlanCard.where("next_charge_on.lte" => today).all.each do |card|
      perform_async({ "customer_id" => card.customer_id })
    end
  end

  def perform(_sqs_msg, body)
    card = PlanCard.find(body["customer_id"])
    Gateway.new.charge(card.card_number, card.card_expiry, card.card_cvc, card.monthly_pence,
                       "plan-#{card.customer_id}-#{Date.today.strftime('%Y%m')}")
    card.update_attributes(next_charge_on: card.next_charge_on.next_month)
    Shoryuken.logger.info "plan charged for customer:#{card.customer_id} on #{card.masked}"
  rescue Gateway::Unavailable
    Shoryuken.logger.warn "plan charge deferred for customer:#{body['customer_id']}"
    raise
  end
end
