class CustomersController < ApplicationController
  def create
    customer = Customer.create!(customer_params)
    logger.info("customer signup", params: customer_params.to_h)
    AuditLog.record(:customer_created, actor: customer.id, email: customer.email, phone: customer.phone)
    SyncDripJob.perform_later(customer.id)
    render json: { id: customer.id }, status: :created
  end

  def update
    customer = Customer.find(params[:id])
    customer.update!(customer_params)
    logger.debug("customer updated #{customer.inspect}")
    render json: { id: customer.id }
  end

  def book
    customer = Customer.find(params[:id])
    date = Date.parse(params.require(:event_date))
    if EventBooking.exists?(event_date: date, venue: params[:venue])
      raise BookingClash, "#{customer.full_name} (#{customer.phone}) asked for #{date} at #{params[:venue]}"
    end
    booking = customer.event_bookings.create!(event_date: date, venue: params[:venue], guests: params[:guests])
    VenueHub.new.notify_booking(booking)
    VeroClient.new.track_booking(customer, booking)
    VeroClient.new.track_tasting(customer.id)
    logger.info("booking created", booking_id: booking.id, guests: booking.guests)
    render json: { id: booking.id }, status: :created
  end

  private

  def customer_params
    params.require(:customer).permit(:full_name, :email, :phone, :address_line, :dietary_notes)
  end
end
