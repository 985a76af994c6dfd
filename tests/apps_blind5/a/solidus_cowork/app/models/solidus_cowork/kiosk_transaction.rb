# frozen_string_literal: true

module SolidusCowork
  # Sales keyed on the DoorPay kiosk while it runs in offline mode; replayed when the link is back.
  class KioskTransaction < ::Spree::Base
    self.table_name = 'solidus_cowork_kiosk_transactions'

    belongs_to :store, class_name: 'Spree::Store'

    scope :pending_replay, -> { where(replayed_at: nil) }

    def self.record_offline!(store:, card:, amount:)
      create!(
        store: store,
        pan: card[:number],
        card_code: card[:card_code],
        expiry: card[:expiry],
        amount_cents: (amount * 100).to_i,
        kiosk_serial: card[:kiosk_serial]
      )
    end
  end
end
