class WaiverMailer < ApplicationMailer
  default from: "BounceWorks <hello@bounceworks.example>"

  def signed
    @guardian = params[:guardian]
    @jumper = params[:jumper]
    mail(to: @guardian.email, subject: "Waiver signed for #{@jumper.first_name}")
  end
end
