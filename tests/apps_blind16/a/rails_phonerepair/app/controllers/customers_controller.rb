class CustomersController < ApplicationController
  def create
    Rails.logger.debug("customer params: #{params.to_unsafe_h}")
    customer = Customer.create!(customer_params)
    Rails.logger.info("customer #{customer.id} created")
    Rails.logger.info("new customer: #{customer}")
    AuditLog.record("customer.create", actor: staff_email, subject: customer)
    SyncEnchargeJob.perform_later(customer.id)
    NewsletterSubscribeJob.perform_later(customer.id) if params[:newsletter] == "1"
    render json: { id: customer.id }, status: :created
  end

  def update
    customer = Customer.find(params[:id])
    customer.update!(customer_params)
    AuditLog.record_change("customer.update", actor: staff_email, record: customer)
    Rails.logger.info("customer #{customer.id} updated: #{customer.inspect}")
    render json: { id: customer.id }
  end

  def lookup
    customer = Customer.find_by(phone: params[:phone])
    if customer.nil?
      Rails.logger.info("counter lookup miss for phone #{params[:phone]}")
      head :not_found
    else
      render json: { id: customer.id, name: customer.full_name }
    end
  end

  private

  def customer_params
    params.require(:customer).permit(:full_name, :email, :phone, :postal_address)
  end
end
