class CustomersController < ApplicationController
  def create
    customer = Customer.create!(customer_params)
    Rails.logger.info("customer #{customer.id} registered")
    AuditLog.record("customer.created", actor: "web", customer_id: customer.id)
    SyncCustomerJob.perform_later(customer.id)
    render json: { id: customer.id }, status: :created
  rescue ActiveRecord::RecordInvalid => e
    Rails.logger.warn("customer signup invalid for #{customer_params[:email]}: #{e.record.errors.full_messages.to_sentence}")
    render json: { errors: e.record.errors }, status: :unprocessable_entity
  end

  def update
    customer = Customer.find(params[:id])
    customer.update!(customer_params)
    AuditLog.record("customer.updated", actor: request.headers["X-Staff"] || "self", customer: customer.attributes)
    AuditLog.record("customer.updated.fields", actor: request.headers["X-Staff"] || "self", customer_id: customer.id,
                                               fields: customer.previous_changes.keys)
    Rails.logger.info("updated #{customer}")
    head :no_content
  end

  private

  def customer_params
    params.require(:customer).permit(:full_name, :email, :phone, :address_line, :postcode)
  end
end
