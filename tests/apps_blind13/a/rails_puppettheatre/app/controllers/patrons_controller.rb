class PatronsController < ApplicationController
  def create
    patron = Patron.create!(patron_params)
    logger.info "new patron #{patron}"
    AuditLog.record("patron.created", actor: "web", patron_id: patron.id)
    PushwooshClient.new.register_email(patron)
    render json: { id: patron.id }, status: :created
  end

  def update
    patron = Patron.find(params[:id])
    patron.update!(patron_params)
    logger.info "patron #{patron.id} updated #{patron.saved_changes.keys.join(',')}"
    AuditLog.record("patron.updated", actor: "web", patron_id: patron.id, changes: patron.saved_changes)
    head :no_content
  end

  private

  def patron_params
    params.require(:patron).permit(:full_name, :email, :phone, :postcode, :child_birthday)
  end
end
