require_relative "../lib/hawkwalk"

RSpec.describe Hawkwalk::Vendors do
  let(:guest) { Hawkwalk::Guest.new(id: "12", email: "T.Orme@example.net", full_name: "Tomas Orme", gauntlet_size: "M") }
  let(:session) { instance_double(Patron::Session, post: double(status: 200, body: "{}")) }

  before { allow(Hawkwalk::HTTP).to receive(:userpilot).and_return(session) }

  it "sends a digest instead of the address to Userpilot identify" do
    described_class.userpilot_identify(guest)
    expect(session).to have_received(:post) do |path, body|
      expect(path).to eq("/v1/identify")
      expect(body).not_to include("example.net")
    end
  end
end
