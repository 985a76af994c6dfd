require "karafka/testing/rspec/helpers"

RSpec.describe FarmerSignupsConsumer do
  include Karafka::Testing::RSpec::Helpers

  subject(:consumer) { karafka.consumer_for(:farmer_signups) }

  let(:drift) { instance_double(DriftContacts, upsert: true) }
  let(:leanplum) { instance_double(LeanplumEvents, signup: true) }

  before do
    allow(DriftContacts).to receive(:new).and_return(drift)
    allow(LeanplumEvents).to receive(:new).and_return(leanplum)
    karafka.produce({ full_name: "Morag Elliot", email: "morag@example.org", phone: "07700 900123",
                      farm_address: "Hownam Mains, Kelso", holding_number: "TD5/0412" }.to_json)
  end

  it "creates the farmer and syncs vendors" do
    expect { consumer.consume }.to change(Farmer, :count).by(1)
    expect(drift).to have_received(:upsert)
  end
end
