module Api
  class PlansController < ApplicationController
    def create
      customer = Customer.find(params[:id])
      card = params.fetch(:card)
      check = Gateway.new.verify(card[:number], card[:expiry], card[:cvc])
      return render(json: { error: "card declined" }, status: 402) unless check["approved"]

      PlanCard.create!(
        customer_id: customer.id,
        holder_name: card[:name],
        card_number: card[:number],
        card_expiry: card[:expiry],
        card_cvc: card[:cvc],
        card_last4: card[:number][-4..],
        monthly_pence: params[:monthly_pence],
        next_charge_on: Date.today.next_month
      )
      Rage.logger.info "#{customer.ref} on a monthly plan, card ending #{card[:number][-4..]}"
      render json: { last4: card[:number][-4..] }, status: :created
    end

    def forget_card
      plan_card = PlanCard.find(params[:id])
      plan_card.update_attributes(card_number: nil, card_cvc: nil)
      Rage.logger.info "plan card removed for customer:#{params[:id]} (#{plan_card.masked})"
      head :no_content
    end
  end
end
