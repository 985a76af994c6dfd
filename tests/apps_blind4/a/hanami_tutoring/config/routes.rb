# frozen_string_literal: true

module Tutoring
  class Routes < Hanami::Routes
    get "/health", to: ->(_env) { [200, {"Content-Type" => "text/plain"}, ["ok"]] }

    post "/signup", to: "students.create"
    post "/bookings", to: "bookings.create"
    post "/desk/payments", to: "desk.record_payment"
    post "/webhooks/adyen", to: "webhooks.adyen"
  end
end
