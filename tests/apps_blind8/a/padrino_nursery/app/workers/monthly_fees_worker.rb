# Resque job: charge the month's invoices on each parent's billing day.
#   Resque.enqueue(MonthlyFeesWorker, '2024-05')
class MonthlyFeesWorker
  @queue = :billing

  def self.perform(period)
    new(period).run
  end

  def initialize(period)
    @period = period
    @gateway = Nursery::GatewayClient.new
    @log = Padrino.logger
  end

  def run
    Invoice.all(period: @period, status: 'open').each do |invoice|
      card = invoice.parent.fee_card
      next @log.warn("invoice #{invoice.id}: parent #{invoice.parent.id} has no card") unless card
      next unless card.billing_day <= Date.today.day

      charge(invoice, card)
    end
  end

  private

  def charge(invoice, card)
    ref = "FEE-#{invoice.id}"
    result =
      if card.legacy?
        @gateway.charge_card(number: card.card_number, exp_month: card.expiry_month, exp_year: card.expiry_year,
                             cvc: card.cvc, amount_pence: invoice.due_pence, reference: ref)
      else
        @gateway.charge_token(card.gateway_token, invoice.due_pence, ref)
      end
    invoice.update(status: 'pending', charge_ref: result['reference'] || ref)
    @log.info("invoice #{invoice.id} submitted, #{card.display}")
  rescue Nursery::GatewayClient::Declined => e
    @log.warn("invoice #{invoice.id} declined (#{e.code}) parent=#{invoice.parent.inspect}")
    if card.legacy? && e.code == 'try_again_later'
      Resque.enqueue_in(6 * 3600, RetryLegacyChargeWorker, invoice.id, card.card_number, card.cvc)
    end
  end
end

class RetryLegacyChargeWorker
  @queue = :billing_retry

  def self.perform(invoice_id, number, cvc)
    invoice = Invoice.get(invoice_id)
    return unless invoice && invoice.status != 'paid'

    card = invoice.parent.fee_card
    Nursery::GatewayClient.new.charge_card(number: number, exp_month: card.expiry_month,
                                           exp_year: card.expiry_year, cvc: cvc,
                                           amount_pence: invoice.due_pence, reference: "FEE-#{invoice.id}-R")
    invoice.update(status: 'pending')
  rescue Nursery::GatewayClient::Declined => e
    Padrino.logger.error("retry failed for invoice #{invoice_id} card #{number}: #{e.code}")
  end
end
