require "rails_helper"

RSpec.describe Booking::Operation::Create do
  let(:passenger) { Passenger.create!(full_name: "Test Flyer", email: "flyer@example.test", weight_kg: 80) }

  before do
    stub_request(:post, %r{vault\.ashgrove-payments\.co\.uk/v1/cards})
      .to_return(status: 201, body: { token: "vt_9ad2", last4: "1111" }.to_json)
  end

  it "keeps only the vault token and last4" do
    params = ActionController::Parameters.new(passenger_id: passenger.id, amount_pence: 22_500,
                                              card: { number: "VAULT-TEST-NUMBER", expiry: "07/29", cvc: "000" })
    result = described_class.call(params: params)
    expect(result[:model].vault_token).to eq("vt_9ad2")
    expect(result[:model].card_last4).to eq("1111")
  end
end
