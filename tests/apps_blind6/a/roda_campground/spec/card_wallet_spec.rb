# frozen_string_literal: true

RSpec.describe Campground::CardWallet do
  let(:redis) { instance_double(Redis, setex: "OK") }

  it "stores only the first six and last four in the masked form" do
    card = Campground::WalletCard.new(first6: "601111", last4: "1117")
    expect(card.masked).to eq("601111******1117")
  end

  it "tokenizes the discover test card" do
    stub_request(:post, "https://api.gatewaypay.example/v1/tokens").to_return(body: { token: "tok_1" }.to_json)
    token = described_class.new(redis: redis).add(double(id: 1), "card_number" => "6011111111111117", "cid" => "123")
    expect(token).to eq("tok_1")
  end
end
