class PaymentsController < ApplicationController
  def create
    # ruleid: card-data-logging-ruby
    Rails.logger.info("charging #{params[:card_number]}")
    # ruleid: card-data-logging-ruby
    logger.debug("cvv #{params[:cvv]}")
    # ok: card-data-logging-ruby
    logger.info("charging card ending #{params[:card_last4]}")
    # ok: card-data-logging-ruby
    logger.info("charging #{mask_pan(params[:card_number])}")
  end
end
