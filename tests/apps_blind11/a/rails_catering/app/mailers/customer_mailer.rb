class CustomerMailer < ApplicationMailer
  def deposit_received(deposit)
    @deposit = deposit
    @customer = deposit.event_booking.customer
    @card_hint = deposit.masked_number
    mail(to: @customer.email, subject: "Your Fork & Fig deposit")
  end

  def tasting_reminder(booking)
    @booking = booking
    mail(to: booking.customer.email, subject: "Menu tasting on #{booking.event_date.strftime('%-d %B')}")
  end
end
