require "json"
require_relative "../lib/market/settings"
require_relative "../lib/market/vendors/moengage"

RSpec.describe Market::Vendors::MoEngage do
  it "sends a hashed customer id for booking events" do
    captured = nil
    allow(Market::HttpClients).to receive(:post_json) { |_url, payload, **| captured = payload }
    described_class.new.track_booking(42, "B-07", 3800)
    expect(captured[:customer_id]).to match(/\A\h{64}\z/)
    expect(JSON.generate(captured)).not_to include("42\"")
  end
end
