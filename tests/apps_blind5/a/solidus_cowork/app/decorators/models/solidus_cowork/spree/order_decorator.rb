# frozen_string_literal: true

module SolidusCowork
  module Spree
    module OrderDecorator
      def self.prepended(base)
        base.has_many :desk_bookings, class_name: 'SolidusCowork::DeskBooking', dependent: :nullify
        base.state_machine.after_transition to: :complete, do: :confirm_desk_bookings
      end

      def confirm_desk_bookings
        desk_bookings.each { |b| b.update!(status: :confirmed) }
        Rails.logger.info("[cowork] order #{number} confirmed #{desk_bookings.size} desk bookings")
        SolidusCowork::HubspotClient.new.track_day_pass(user, self) if user
      end

      def day_pass_only?
        line_items.all? { |li| li.variant.sku.start_with?('DAYPASS-') }
      end

      ::Spree::Order.prepend self
    end
  end
end
