# frozen_string_literal: true

module SolidusCowork
  # Listens on the Solidus event bus for finalized and canceled orders.
  module OrderSubscriber
    include ::Omnes::Subscriber

    handle :order_finalized, with: :send_booking_mails
    handle :order_canceled, with: :cancel_desk_bookings

    def send_booking_mails(event)
      order = event.payload[:order]
      order.desk_bookings.each do |booking|
        BookingMailer.confirmed(booking).deliver_later
      end
      Rails.logger.info("[cowork] booking mails queued order=#{order.number} count=#{order.desk_bookings.size}")
    end

    def cancel_desk_bookings(event)
      order = event.payload[:order]
      order.desk_bookings.each(&:cancelled!)
      Rails.logger.info("[cowork] bookings cancelled with order=#{order.number}")
    end
  end
end
