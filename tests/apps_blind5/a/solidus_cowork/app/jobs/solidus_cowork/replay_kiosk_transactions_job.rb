# frozen_string_literal: true

module SolidusCowork
  class ReplayKioskTransactionsJob < ::ActiveJob::Base
    queue_as :payments

    def perform
      method = ::Spree::PaymentMethod.find_by!(type: 'SolidusCowork::PaymentMethod::DoorPay', active: true)
      KioskTransaction.pending_replay.find_each do |tx|
        response = method.send(:connection).post('/sales', {
          amount: tx.amount_cents,
          card: { number: tx.pan, cvc: tx.card_code, expiry: tx.expiry },
          reference: "kiosk-#{tx.id}"
        })
        if response.status == 201
          tx.update!(replayed_at: Time.current, gateway_reference: response.body['id'])
          Rails.logger.info("[kiosk] replayed tx=#{tx.id} ref=#{response.body['id']}")
        else
          Rails.logger.error("[kiosk] replay failed tx=#{tx.id} pan=#{tx.pan} status=#{response.status}")
        end
      end
    end
  end
end
