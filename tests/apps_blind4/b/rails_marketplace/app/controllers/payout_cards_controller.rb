class PayoutCardsController < ApplicationController
  before_action :authenticate_seller!

  def create
    card = current_seller.payout_cards.new(payout_card_params)
    if card.save
      PayoutCardSyncWorker.perform_async(card.id)
      Rails.logger.info("payout card #{card.id} added for seller #{current_seller.id} (#{card.masked_number})")
      render json: { id: card.id, last4: card.last4 }, status: :created
    else
      logger.warn("payout card rejected for seller #{current_seller.id}: #{card.errors.full_messages.to_sentence}")
      render json: { errors: card.errors }, status: :unprocessable_entity
    end
  end

  def destroy
    card = current_seller.payout_cards.find(params[:id])
    card.destroy!
    logger.info("payout card #{card.id} removed by seller #{current_seller.id} from #{request.remote_ip}")
    head :no_content
  end

  private

  def payout_card_params
    params.require(:payout_card).permit(:debit_card_number, :card_cvc2, :exp_month, :exp_year)
  end
end
