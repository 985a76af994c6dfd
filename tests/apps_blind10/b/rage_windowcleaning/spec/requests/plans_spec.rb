require "spec_helper"

RSpec.describe "Api::PlansController", type: :request do
  let(:customer) { Customer.create!(name: "Test Customer", address: "1 Test Row", postcode: "BS1 1AA") }
  let(:headers) { { "Authorization" => "Bearer #{StaffToken.issue(1)}" } }

  before do
    stub_request(:post, "https://api.squeegeepay.example/v2/card-checks")
      .to_return(status: 200, body: { approved: true }.to_json)
  end

  it "stores the plan and answers with the last four only" do
    post "/api/customers/#{customer.id}/plan",
         params: { monthly_pence: 1800, card: { name: "Test Customer", number: "4111111111111111",
                                                expiry: "12/30", cvc: "123" } },
         headers: headers
    expect(response.status).to eq(201)
    expect(JSON.parse(response.body)).to eq("last4" => "1111")
  end

  it "forgets the card" do
    PlanCard.create!(customer_id: customer.id, card_number: "5500005555555559", card_cvc: "321",
                     card_last4: "5559", card_expiry: "01/29")
    delete "/api/customers/#{customer.id}/plan/card", headers: headers
    expect(PlanCard.find(customer.id).card_cvc).to be_nil
  end

  it "declines a card the gateway rejects" do
    stub_request(:post, "https://api.squeegeepay.example/v2/card-checks")
      .to_return(status: 402, body: { approved: false }.to_json)
    post "/api/customers/#{customer.id}/plan",
         params: { card: { name: "Test Customer", number: "4111111111111112", expiry: "12/30", cvc: "123" } },
         headers: headers
    expect(response.status).to eq(402)
  end
end
