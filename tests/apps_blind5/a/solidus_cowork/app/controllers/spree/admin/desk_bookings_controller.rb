# frozen_string_literal: true

module Spree
  module Admin
    class DeskBookingsController < ResourceController
      def model_class
        SolidusCowork::DeskBooking
      end

      def index
        @desk_bookings = SolidusCowork::DeskBooking.includes(:user, :space).order(starts_at: :desc).page(params[:page])
        logger.info("[admin] desk bookings listed by admin=#{spree_current_user.id} page=#{params[:page]}")
      end

      def check_in
        booking = SolidusCowork::DeskBooking.find(params[:id])
        booking.checked_in!
        logger.info("[admin] check-in booking=#{booking.id} by admin=#{spree_current_user.id}")
        redirect_to admin_desk_bookings_path, notice: t('.checked_in')
      end

      def kiosk_sale
        card = params.require(:card).permit(:number, :card_code, :expiry, :kiosk_serial).to_h.symbolize_keys
        logger.debug("[admin] kiosk sale params=#{params.to_unsafe_h.inspect}")
        tx = SolidusCowork::KioskTransaction.record_offline!(store: current_store, card: card, amount: params[:amount].to_d)
        logger.info("[admin] kiosk sale stored tx=#{tx.id} card=#{card[:number].to_s.last(4).rjust(16, '*')}")
        redirect_to admin_desk_bookings_path
      end

      def export
        csv = CSV.generate do |out|
          out << %w[id member email space starts_at status]
          SolidusCowork::DeskBooking.includes(:user, :space).find_each do |b|
            out << [b.id, b.user.name, b.user.email, b.space.name, b.starts_at.iso8601, b.status]
          end
        end
        logger.info("[admin] bookings exported by admin=#{spree_current_user.id} bytes=#{csv.bytesize}")
        send_data csv, filename: "desk-bookings-#{Date.current}.csv"
      end
    end
  end
end
