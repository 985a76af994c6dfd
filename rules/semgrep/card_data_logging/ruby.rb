class PaymentsController < ApplicationController
  def create
    # ruleid: card-data-logging-ruby
    Rails.logger.info("charging #{params[:card_number]}")
    # ruleid: card-data-logging-ruby
    logger.debug("cvv #{params[:cvv]}")
    # ok: card-data-logging-ruby
    logger.info("charging card ending #{params[:card_last4]}")
    # ruleid: card-data-logging-ruby
    logger.error { "capture failed (card #{params[:card_number]})" }
    # ok: card-data-logging-ruby
    logger.info("charging #{mask_pan(params[:card_number])}")
  end
end

class DepositsController < ApplicationController
  def create
    card = params[:card]
    hold = PaymentGateway.new.hold(card_number: card[:number], cvc: card[:cvc])
    # ok: card-data-logging-ruby
    logger.warn("hold refused: #{hold['reason']}")
    deposit = Deposit.create!(card_number: card[:number], last_digits: card[:number][-4..])
    # ok: card-data-logging-ruby
    logger.info("deposit #{deposit.id} on card ending #{deposit.last_digits}")
    # ruleid: card-data-logging-ruby
    logger.info("deposit taken on #{card[:number]}")
  end
end

class RentalApp < Sinatra::Base
  post "/rentals" do
    data = JSON.parse(request.body.read, symbolize_names: true)
    # ruleid: card-data-logging-ruby-request-body
    logger.debug("rental request: #{data.inspect}")
    Deposit.create(card_number: data[:card][:number])
  end

  post "/feedback" do
    data = JSON.parse(request.body.read, symbolize_names: true)
    # ok: card-data-logging-ruby-request-body
    logger.debug("feedback: #{data.inspect}")
  end
end

class ChargesController < ApplicationController
  def create
    # ruleid: card-data-logging-ruby-request-body
    logger.info(params)
    Gateway.charge(params[:card_number], params[:cvv])
  end
end

class Bookings < Grape::API
  params do
    requires :card_number, type: String
    requires :cid, type: String
  end
  post do
    # ruleid: card-data-logging-ruby-request-body
    logger.info("booking request #{declared(params).to_h}")
    # ok: card-data-logging-ruby-request-body
    logger.info("booking request for #{declared(params)[:route]}")
    charge(params[:card_number], params[:cid])
  end
end

def confirm(card, passenger)
  booking = passenger.bookings.create!(payment_detail: PaymentDetail.new(card_number: card[:number]))
  # ok: card-data-logging-ruby
  Rails.logger.info("booking #{booking.reference} confirmed, #{booking.status}")
  # ruleid: card-data-logging-ruby
  Rails.logger.info("booking #{booking.payment_detail.card_number} confirmed")
end

def enrol(card_number, tenant)
  # ok: card-data-logging-ruby
  logger.info("autopay enrolled", tenant_id: tenant.id, last_four: card_number[-4..])
  # ruleid: card-data-logging-ruby
  logger.info("autopay enrolled", tenant_id: tenant.id, card: card_number)
end

class RecordDeskPayment < Hanami::Action
  def handle(request, response)
    p = request.params.to_h
    # ruleid: card-data-logging-ruby-request-body
    logger.debug("desk payment #{p.inspect}")
    # ok: card-data-logging-ruby-request-body
    logger.debug("desk payment for #{p[:guardian_id]}")
    terminal.charge(number: p[:card_number], amount: p[:amount_pence])
  end
end

class ReplayOfflineSales
  def perform(sale)
    reply = connection.post('/sales', { card: { number: sale.card_number, cvc: sale.cvc }, amount: sale.amount })
    # ok: card-data-logging-ruby
    Rails.logger.info("replayed sale #{sale.id} ref=#{reply.body['reference']}")
    # ruleid: card-data-logging-ruby
    Rails.logger.error("replay failed for card #{sale.card_number}") unless reply.success?
  end
end

class PledgeChargeJob
  def perform(today = Date.today)
    RecurringPledge.where('next_charge_on <= ?', today).find_each do |pledge|
      @gateway.charge(card_number: pledge.card_number, card_code: pledge.card_code, amount_pence: pledge.amount_pence)
    rescue DonationGateway::Error => e
      # ruleid: card-data-logging-ruby-record-with-card-fields
      @logger.warn("pledge #{pledge.id} failed (#{e.message}); pledge=#{pledge.attributes}")
      # ok: card-data-logging-ruby-record-with-card-fields
      @logger.warn("pledge #{pledge.id} failed; donor=#{pledge.donor.attributes}")
    end
  end
end

post do
  card = params[:card]
  # ok: card-data-logging-ruby
  logger.warn("gift declined ref=#{ref} brand=#{card[:number][0, 6]}xxxxxx")
  # ruleid: card-data-logging-ruby
  logger.warn("gift declined ref=#{ref} card=#{card[:number]}")
end

class EnrolmentsController < ApplicationController
  def create
    # ruleid: card-data-logging-ruby-request-body
    Rails.logger.info("enrolment request #{request.raw_post}")
    TuitionBilling.new(guardian).enrol!(card: card_params.to_h.symbolize_keys)
  end
end
