require "rack/test"
require_relative "../app"

RSpec.describe "POST /members" do
  include Rack::Test::Methods

  def app
    GambitClub::App.freeze.app
  end

  let(:payload) do
    { name: "Halima Osei", email: "halima.osei@example.org", phone: "07700 900812", dob: "2011-02-03",
      guardian_email: "k.osei@example.org", password: "Sicilian-1990" }
  end

  before do
    allow(GambitClub::Members).to receive(:find_by_email).and_return(nil)
    allow(GambitClub::Members).to receive(:insert).and_return(double(inserted_id: BSON::ObjectId.new))
    allow(GambitClub::Members).to receive(:find).and_return(
      "_id" => BSON::ObjectId.new, "name" => "Halima Osei", "email" => "halima.osei@example.org", "dob" => "2011-02-03"
    )
    allow(GambitClub::Encharge).to receive(:identify)
    allow(GambitClub::Gladly).to receive(:upsert_profile)
    allow(GambitClub::RatingSyncJob).to receive(:perform_async)
  end

  it "creates a member" do
    post "/members", JSON.generate(payload), "CONTENT_TYPE" => "application/json"
    expect(last_response.status).to eq(201)
  end

  it "rejects a duplicate e-mail" do
    allow(GambitClub::Members).to receive(:find_by_email).and_return({ "_id" => BSON::ObjectId.new })
    post "/members", JSON.generate(payload), "CONTENT_TYPE" => "application/json"
    expect(last_response.status).to eq(422)
  end
end
