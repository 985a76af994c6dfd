# frozen_string_literal: true

module SolidusCowork
  class BookingMailer < ::Spree::BaseMailer
    def confirmed(booking)
      @booking = booking
      @store = booking.order&.store || ::Spree::Store.default
      mail(
        to: booking.user.email,
        from: from_address(@store),
        reply_to: SolidusCowork.config.support_email,
        subject: "#{@store.name}: your desk on #{booking.starts_at.to_date.to_fs(:long)}",
        template_name: SolidusCowork.config.booking_confirmation_template
      )
    end

    def cancelled(booking)
      @booking = booking
      mail(to: booking.user.email, from: from_address(::Spree::Store.default), subject: 'Your desk booking was cancelled')
    end
  end
end
