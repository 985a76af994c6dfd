class ChargePhoneOrderJob < ApplicationJob
  queue_as :payments
  sidekiq_options retry: 5 if respond_to?(:sidekiq_options)

  def perform(order_id, card_number, card_cvc, card_expiry)
    order = PhoneOrder.find(order_id)
    month, year = card_expiry.to_s.split("/").map(&:to_i)
    request = { order_id: order.id, amount_pence: order.total_pence,
                card: { number: card_number, cvc: card_cvc, exp_month: month, exp_year: 2000 + year } }

    result = ActiveSupport::Notifications.instrument("charge.tillstream", order_id: order.id, request: request) do |payload|
      TillstreamClient.new.charge(amount_pence: order.total_pence, reference: "PO-#{order.id}", card: request[:card]).tap do |body|
        payload[:reference] = body["id"]
      end
    end

    order.update!(status: :charged, tillstream_payment_id: result["id"], pan: nil, card_security_code: nil)
    LensLab::OrderSubmitter.new.submit(order).then { |ref| order.update!(lab_job_ref: ref, status: :sent_to_lab) }
  rescue TillstreamClient::Declined => e
    order.update!(status: :declined)
    Rails.logger.warn("phone order #{order.id} declined: #{e.message}")
  end
end
