# AppSignal tags on the current transaction (sent with every error and sample).
module ErrorContext
  module_function

  def customer(customer)
    Appsignal.add_tags(customer_email: customer.email, customer_postcode: customer.postcode)
  end

  def round(round_id, stops)
    Appsignal.add_tags(round_id: round_id, stops: stops)
  end

  def payment(payment)
    Appsignal.add_tags(payment_id: payment.id, cleaner_id: payment.cleaner_id)
  end
end
