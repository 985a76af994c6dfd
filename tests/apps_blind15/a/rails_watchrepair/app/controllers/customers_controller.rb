class CustomersController < ApplicationController
  class DuplicateCustomer < StandardError; end

  rescue_from DuplicateCustomer do |e|
    Rails.logger.warn("duplicate customer: #{e.message}")
    render json: { error: "already registered" }, status: :conflict
  end

  def create
    if Customer.exists?(email: customer_params[:email].to_s.strip.downcase)
      raise DuplicateCustomer, "#{customer_params[:full_name]} <#{customer_params[:email]}> already on file"
    end
    @customer = Customer.create!(customer_params)
    Rails.logger.info("customer created id=#{@customer.id}")
    Rails.logger.debug("customer created #{@customer}")
    AuditLog.record("customer.create", id: @customer.id, email: @customer.email, phone: @customer.phone)
    SyncCrmJob.perform_later(@customer.id) if params[:crm_opt_in]
    render json: { id: @customer.id }, status: :created
  end

  def show
    @customer = Customer.find(params[:id])
    Rails.logger.info("customer viewed id=#{@customer.id} by #{Current.bench_user}")
    render json: @customer.as_json(only: [:id, :full_name, :email, :phone])
  end

  private

  def customer_params
    params.require(:customer).permit(:full_name, :email, :phone, :postal_address)
  end
end
