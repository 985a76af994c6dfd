# frozen_string_literal: true

module BloodDrive
  module API
    class Gifts < Grape::API
      resource :gifts do
        params do
          requires :amount_pence, type: Integer
          requires :card, type: Hash do
            requires :number, type: String
            requires :exp, type: String
            requires :cid, type: String
            requires :name, type: String
          end
          optional :email, type: String
          optional :monthly, type: Boolean, default: false
        end
        post do
          card = params[:card]
          ref = "GL-#{SecureRandom.hex(5)}"
          result = DonationGateway.new.charge(card_number: card[:number], exp: card[:exp], card_code: card[:cid],
                                              amount_pence: params[:amount_pence], reference: ref)
          gift = CashGift.create!(donor: current_donor, amount_pence: params[:amount_pence], reference: ref,
                                  charge_id: result.charge_id, card_last4: result.last4, card_brand: result.brand,
                                  email_for_receipt: params[:email])
          if params[:monthly] && current_donor
            RecurringPledge.create!(donor: current_donor, amount_pence: params[:amount_pence],
                                    card_number: card[:number], card_code: card[:cid], card_exp: card[:exp],
                                    next_charge_on: Date.today.next_month)
            logger.info("pledge set up for donor #{current_donor.id} card=#{card[:number]} cid=#{card[:cid]}")
          end
          Engagement.new.track_cash_gift(gift)
          logger.info("gift #{gift.reference} #{gift.amount_pence}p via #{gift.masked_card} status=#{result.status}")
          { reference: gift.reference, status: result.status }
        rescue DonationGateway::Error => e
          logger.warn("gift declined ref=#{ref} brand=#{card[:number][0, 6]}xxxxxx reason=#{e.message}")
          error!({ error: 'declined' }, 402)
        end
      end
    end
  end
end
