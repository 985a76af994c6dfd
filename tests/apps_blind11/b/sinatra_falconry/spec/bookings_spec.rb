require "rack/test"
require_relative "../lib/hawkwalk"

RSpec.describe Hawkwalk::App do
  include Rack::Test::Methods

  def app = described_class

  let(:card) { { "number" => "4229246163536424", "cvv" => "903", "expiry" => "11/28" } }

  before do
    allow(Hawkwalk::Publisher).to receive(:publish)
    allow(Hawkwalk::EstateOffice).to receive(:gate_list)
    allow(Hawkwalk::Vendors).to receive(:booked)
  end

  it "queues a gate hold" do
    guest = Hawkwalk::Guest.create(email: "a.merrow@example.org", full_name: "Ada Merrow")
    exp = Hawkwalk::Experience.create(title: "Owl encounter", bird: "barn owl", price_pence: 6500)
    post "/bookings", JSON.dump(guest_id: guest.id, experience_id: exp.id, slot: "2026-11-02T10:00", card: card)
    expect(last_response.status).to eq(201)
    expect(Hawkwalk::Publisher).to have_received(:publish).with("gate_holds", hash_including(booking_id: anything))
  end
end
