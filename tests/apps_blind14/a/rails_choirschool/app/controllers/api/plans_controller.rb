module Api
  class PlansController < ApplicationController
    def show
      plan = TuitionPlan.find(params[:id])
      Rails.logger.info("plan viewed id=#{plan.id} guardian_id=#{plan.guardian_id}")
      render json: { id: plan.id, brand: plan.card_brand, last4: plan.card_last4, monthly_pence: plan.monthly_pence }
    end

    def update_card
      plan = TuitionPlan.find(params[:id])
      resp = TUITION_GATEWAY.post("customers/#{plan.gateway_customer_id}/cards", { token: params.require(:card_token) })
      plan.update!(card_brand: resp.body["brand"], card_last4: resp.body["last4"])
      Rails.logger.info("plan #{plan.id} card replaced, now ending #{plan.card_last4}")
      head :no_content
    end
  end
end
