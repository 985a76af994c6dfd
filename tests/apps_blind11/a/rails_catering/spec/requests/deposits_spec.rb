require "rails_helper"

RSpec.describe "Deposits", type: :request do
  let(:customer) { Customer.create!(full_name: "Oona Byrne", email: "oona@example.ie") }
  let(:booking) { customer.event_bookings.create!(event_date: Date.new(2025, 6, 14), venue: "Old Mill", guests: 80) }

  it "accepts a deposit" do
    allow(CaptureDepositJob).to receive(:perform_later)
    post "/event_bookings/#{booking.id}/deposits",
         params: { card: { number: "5200 0000 0000", cvc: "999", expiry: "09/29" }, amount_pence: 20_000 }
    expect(response).to have_http_status(:accepted)
  end
end
