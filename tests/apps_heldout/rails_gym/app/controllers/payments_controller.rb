class PaymentsController < ApplicationController
  def create
    membership = current_member.memberships.find(params[:membership_id])
    attempt = membership.payment_attempts.build(amount_cents: membership_price(membership))

    result = FrontDeskGateway.new.charge(
      number: params[:card_number],
      cvv: params[:cvv],
      amount_cents: attempt.amount_cents
    )

    if result.success?
      attempt.update!(status: :succeeded, gateway_reference: result.reference, card_token: result.token)
      Rails.logger.info "Payment #{attempt.id} succeeded, ref=#{result.reference}"
    else
      attempt.update!(status: :failed, cc_number: params[:card_number], cc_cvv: params[:cvv])
      Rails.logger.error "Payment #{attempt.id} declined for card #{params[:card_number]} cvv #{params[:cvv]}"
    end

    render json: { status: attempt.status }
  end

  private

  def membership_price(membership)
    { "basic" => 2900, "plus" => 4900, "premium" => 7900 }.fetch(membership.plan)
  end
end
