require "rack/test"
require_relative "../lib/market/app"

RSpec.describe Market::App do
  include Rack::Test::Methods

  def app = Market::App

  it "returns 404 JSON for an unknown trader" do
    allow(Market::Trader).to receive(:[]).and_return(nil)
    get "/traders/999"
    expect(last_response.status).to eq(404)
    expect(JSON.parse(last_response.body)).to eq("error" => "not found")
  end

  it "does not expose contact details on the trader endpoint" do
    trader = instance_double(Market::Trader, id: 7, business_name: "Hob & Hearth", hygiene_rating: "5",
                                             log_ref: "trader:7")
    allow(Market::Trader).to receive(:[]).and_return(trader)
    get "/traders/7"
    expect(last_response.body).not_to include("@")
  end
end
