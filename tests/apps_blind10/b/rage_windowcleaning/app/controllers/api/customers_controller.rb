module Api
  class CustomersController < ApplicationController
    def create
      Rage.logger.debug "customer params: #{params.inspect}"
      customer = Customer.create!(
        name: params[:name],
        email: params[:email],
        phone: params[:phone],
        address: params[:address],
        postcode: params[:postcode],
        round_id: params[:round_id],
        gate_code: params[:gate_code],
        key_safe_code: params[:key_safe_code],
        conservatory: params[:conservatory] == true
      )

      Rage.logger.with_context(customer_email: customer.email) do
        Rage.logger.info "customer signed up: #{customer}"
        CapsuleCrm.new.create_party(customer)
        NextdoorConversions.new.lead(customer)
        ErrorContext.customer(customer)
      end

      RoundsmanPartner.new.refer_gutter_job(customer, params[:gutter_notes]) if params[:gutter_notes]

      render json: { id: customer.id }, status: :created
    end

    def show
      customer = Customer.find(params[:id])
      Rage.logger.info "#{customer.ref} viewed by staff #{current_staff.id} from #{request.headers['X-Forwarded-For']}"
      render json: customer.attributes.slice(:id, :name, :email, :phone, :address, :postcode, :round_id)
    end

    def day_sheet
      customers = Customer.where(round_id: params[:round_id]).all.to_a
      customers.each do |c|
        next if c.gate_code.present? || c.key_safe_code.present?

        Rage.logger.warn "no gate or key safe code for #{c.name}, #{c.address}"
      end
      RouteApp.new.push_day_sheet(params[:round_id], customers)
      Rage.logger.info "day sheet for round #{params[:round_id]}: #{customers.size} stops"
      render json: { stops: customers.size }
    end
  end
end
