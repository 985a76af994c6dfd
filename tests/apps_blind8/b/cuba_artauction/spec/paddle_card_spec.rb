# frozen_string_literal: true

require_relative "spec_helper"

RSpec.describe "POST /api/paddles" do
  include Rack::Test::Methods

  def app = Cuba

  let(:bidder) { Bidder.create!(full_name: "Test Bidder", email: "bidder@example.test", phone: "+3100000000", password: "correct horse battery") }

  before do
    env "rack.session", { bidder_id: bidder.id }
    stub_request(:post, "https://api.quaypay.example/v1/customers")
      .to_return(status: 200, body: { id: "cus_test", card: { brand: "visa", last4: "4242" } }.to_json,
                 headers: { "Content-Type" => "application/json" })
  end

  it "issues the next paddle number" do
    post "/api/paddles", { sale_code: "CONT-0624", card: { number: "4242424242424242", exp_month: 12, exp_year: 2030, cvc: "123" } }.to_json
    expect(last_response.status).to eq(201)
    expect(PaddleCard.last.card_last4).to eq("4242")
  end

  it "masks the card for display" do
    card = PaddleCard.new(card_brand: "amex", card_last4: "0005")
    expect(card.masked).to eq("amex •••• 0005")
  end
end
