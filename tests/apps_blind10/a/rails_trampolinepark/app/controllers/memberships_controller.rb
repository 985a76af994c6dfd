class MembershipsController < ApplicationController
  def create
    membership = current_guardian.create_membership!(
      plan: params.require(:plan),
      card_number: params.require(:card_number),
      card_holder: params.require(:card_holder),
      card_expiry: params.require(:card_expiry),
      renews_on: 1.month.from_now.to_date
    )
    logger.info("membership #{membership.id} created (#{membership.masked_card})")
    Rails.cache.write("membership:#{membership.id}:summary", { plan: membership.plan, card: membership.masked_card }, expires_in: 12.hours)
    render json: { id: membership.id, card: membership.masked_card }, status: :created
  end
end
