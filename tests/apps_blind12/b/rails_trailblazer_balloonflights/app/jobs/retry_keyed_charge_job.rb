class RetryKeyedChargeJob < ApplicationJob
  queue_as :payments

  def perform(number, expiry, cvc, amount_pence)
    VaultClient.new.charge_keyed(number: number, expiry: expiry, cvc: cvc, amount_pence: amount_pence)
    logger.info("keyed retry ok amount=#{amount_pence} last4=#{number.last(4)}")
  end
end
