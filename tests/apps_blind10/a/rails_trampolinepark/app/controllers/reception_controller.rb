class ReceptionController < ApplicationController
  skip_before_action :authenticate_guardian!
  before_action :authenticate_tablet!

  def offline_payment
    logger.info("offline payment from tablet #{request.headers['X-Tablet-Id']}: #{params.to_unsafe_h.except(:controller, :action)}")
    WalkInPaymentJob.enqueue_offline(params.permit(:amount_pence, :card_number, :expiry, :cvv, :name))
    head :accepted
  end

  def turnstiles
    render json: JumpgateClient.new.turnstile_status
  end

  private

  def authenticate_tablet!
    head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(request.headers["X-Tablet-Key"].to_s, ENV.fetch("TABLET_KEY"))
  end
end
