class RepairTicketsController < ApplicationController
  def create
    customer = Customer.find(params[:customer_id])
    result = ImeiLedger.new.check(imei: params[:imei], customer: customer)
    if result["flagged"]
      Rails.logger.warn("IMEI flagged for #{customer.full_name} (#{customer.phone}) ref=#{result['reference']}")
      return render json: { error: "device_flagged" }, status: :unprocessable_entity
    end
    ticket = customer.repair_tickets.create!(ticket_params)
    Rails.logger.info("booked in #{ticket}")
    EnchargeClient.new.track(customer.id, "Repair Booked", { device: ticket.device_model })
    render json: { id: ticket.id }, status: :created
  end

  def sim_swap
    ticket = RepairTicket.find(params[:id])
    swap = SimSwap.create!(repair_ticket: ticket, sim_card_number: params[:sim_card_number])
    Rails.logger.info("sim swap #{swap.id} on ticket #{ticket.id}, sim #{swap.sim_card_number}")
    render json: { id: swap.id }
  end

  private

  def ticket_params
    params.require(:repair_ticket).permit(:device_model, :imei, :fault_description, :quote_pence)
  end
end
