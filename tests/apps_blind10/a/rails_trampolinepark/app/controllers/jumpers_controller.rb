class JumpersController < ApplicationController
  def create
    jumper = current_guardian.jumpers.create!(jumper_params)
    logger.info("jumper registered: #{jumper.inspect}")
    ahoy.track "Jumper registered", jumper_id: jumper.id, age: jumper.age
    render json: { id: jumper.id, display_name: jumper.display_name }, status: :created
  end

  def sign_waiver
    jumper = current_guardian.jumpers.find(params[:id])
    jumper.update!(waiver_signed: true)
    WaiverMailer.with(guardian: current_guardian, jumper: jumper).signed.deliver_later
    logger.info("waiver signed for jumper #{jumper.id} by guardian #{current_guardian.id}")
    head :no_content
  end

  private

  def jumper_params
    params.require(:jumper).permit(:first_name, :last_name, :date_of_birth, :medical_notes)
  end
end
