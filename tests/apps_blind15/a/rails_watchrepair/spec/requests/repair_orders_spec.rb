require "rails_helper"

RSpec.describe "Saved cards", type: :request do
  let(:customer) { Customer.create!(full_name: "Test Customer", email: "test.customer@example.org", phone: "07700 900456") }
  let(:order) { customer.repair_orders.create!(movement: "ETA 2824-2", serial_number: "SN-88121") }

  it "stores only the gateway token and last4" do
    post "/repair_orders/#{order.id}/saved_card", params: { saved_card: { gateway_token: "tp_tok_Zk31", brand: "visa", last4: "0042" } }
    expect(response).to have_http_status(:created)
    expect(SavedCard.last.last4).to eq("0042")
  end
end
