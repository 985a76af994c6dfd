class PartyMailer < ApplicationMailer
  default from: "BounceWorks Parties <parties@bounceworks.example>"

  def confirmed(booking)
    @booking = booking
    @guardian = booking.guardian
    Rails.logger.info("sending party confirmation #{booking.id} to #{@guardian.email}")
    mail(to: @guardian.email, subject: "Your party on #{booking.party_date.strftime('%-d %B')}")
  end
end
