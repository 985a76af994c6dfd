require "rails_helper"

RSpec.describe TuitionBilling do
  let(:guardian) { Guardian.create!(full_name: "Test Parent", email: "parent@example.test") }

  it "stores only the gateway id and last4" do
    stub_request(:post, %r{cantorpay}).to_return(
      status: 200, headers: { "Content-Type" => "application/json" },
      body: { id: "cus_7781", card: { brand: "visa", last4: "0000" } }.to_json
    )
    plan = described_class.new(guardian).enrol!(card: { number: "tok_visa_test", cvc: "000", expiry: "01/30" }, monthly_pence: 6500)
    expect(plan.card_last4).to eq("0000")
  end
end
