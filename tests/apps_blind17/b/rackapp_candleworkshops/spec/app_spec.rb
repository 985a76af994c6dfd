require "rack/test"
require_relative "../app"

RSpec.describe CandleWorkshops::App do
  include Rack::Test::Methods

  def app = described_class

  it "rejects a duplicate subscriber" do
    allow(CandleWorkshops::Repos::Subscribers).to receive(:exists?).and_return(true)
    post "/subscribers", JSON.generate(email: "ottilie@example.org", full_name: "Ottilie Marsh"), "CONTENT_TYPE" => "application/json"
    expect(last_response.status).to eq(409)
  end

  it "does not treat the wick club number as a card" do
    expect("WC-20418".length).to eq(8)
  end
end
