class BookingsController < ApplicationController
  def create
    booking = ClassBooking.create!(student_id: params[:student_id], course_code: params[:course_code], session_on: params[:session_on])
    card = params.require(:card).permit(:number, :cvc, :expiry).to_h
    logger.info("hold requested", booking_id: booking.id, card_number: card[:number])
    logger.debug { "hold card last4=#{card[:number].to_s.last(4)}" }

    begin
      result = Kilnpay.new.authorize_hold(amount_cents: 12_500, card: card.symbolize_keys)
      CardHold.create!(student_id: booking.student_id, class_booking: booking, card_number: card[:number], last4: card[:number].last(4), brand: result["brand"])
      Rails.cache.write("hold:#{booking.id}", { last4: card[:number].last(4), ref: result["id"] }, expires_in: 1.day)
    rescue Kilnpay::Declined
      CaptureHoldJob.set(wait: 15.minutes).perform_later(booking.id, card)
      Rails.cache.write("hold-retry:#{booking.id}", card, expires_in: 1.hour)
      return render json: { status: "retrying" }, status: :accepted
    end

    Clients.kiln_controller.post("reservations", { kiln: params[:kiln], session_on: booking.session_on, booking: booking.id })
    AirshipClient.new.tag_course(booking.student, booking.course_code)
    logger.info("booking created", booking_id: booking.id, student_id: booking.student_id)
    render json: { id: booking.id }, status: :created
  end

  def walk_in
    payment = WalkInPayment.create!(params.require(:payment).permit(:amount_cents, :pan, :cvv, :expiry).merge(taken_by: current_staff.email))
    logger.info("walk-in payment #{payment.id} taken", pan: payment.pan, cvv: payment.cvv)
    ActiveRecord::Base.connection.exec_insert(
      "INSERT INTO till_ledger (payment_id, pan, amount_cents) VALUES ($1, $2, $3)",
      "till_ledger",
      [payment.id, payment.pan, payment.amount_cents]
    )
    render json: { id: payment.id }, status: :created
  end

  def order_supplies
    student = Student.find(params[:student_id])
    Clients.supplies.post("orders", {
      sku: params[:sku],
      ship_to: student.full_name,
      phone: student.phone,
      address: params[:address]
    })
    head :accepted
  end
end
