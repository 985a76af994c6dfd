class MembersController < ApplicationController
  before_action :set_member, only: %i[show update]

  def create
    @member = Member.new(member_params)
    if @member.save
      Rails.logger.info "New member signed up: #{@member.email} (#{@member.phone})"
      Analytics.track(user_id: @member.id, event: "Member Signed Up", properties: { plan: params[:plan] })
      render json: { id: @member.id }, status: :created
    else
      Rails.logger.warn "Member signup failed: #{@member.errors.full_messages.to_sentence}"
      render json: @member.errors, status: :unprocessable_entity
    end
  end

  def show
    render json: @member.slice(:id, :first_name, :last_name)
  end

  def update
    logger.debug "Updating member #{@member.id} with #{params.to_unsafe_h.inspect}"
    if @member.update(member_params)
      Rails.logger.info("Member #{@member.id} updated email")
      head :no_content
    else
      render json: @member.errors, status: :unprocessable_entity
    end
  end

  private

  def set_member
    @member = Member.find(params[:id])
  end

  def member_params
    params.require(:member).permit(:email, :first_name, :last_name, :phone, :date_of_birth, :national_id, :password)
  end
end
