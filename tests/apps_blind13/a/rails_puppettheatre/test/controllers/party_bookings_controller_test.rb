require "test_helper"

class PartyBookingsControllerTest < ActionDispatch::IntegrationTest
  setup do
    @patron = Patron.create!(full_name: "Test Parent", email: "parent@example.test", phone: "07700 900123")
    stub_request(:post, %r{127.0.0.1:4011}).to_return(status: 200, body: { status: "authorised", id: "au_1", last4: "0000" }.to_json)
    stub_request(:post, %r{boxoffice.lanternfly.internal}).to_return(status: 200, body: "{}")
  end

  test "stores a party booking with a card hold" do
    post patron_party_bookings_url(@patron), params: {
      party_booking: { party_date: "2026-09-12", child_name: "Pip", guests: 12, show: "The Owl and the Lantern" },
      card: { name: "Test Parent", number: "5555-5555-5555-4444", cvc: "123", expiry: "10/29" }
    }
    assert_response :created
  end
end
