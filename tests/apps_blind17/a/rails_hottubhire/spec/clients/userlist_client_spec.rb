require "rails_helper"

RSpec.describe UserlistClient do
  it "tracks events with the opaque identifier only" do
    stub = stub_request(:post, "https://push.userlist.com/events")
           .with { |req| JSON.parse(req.body)["user"] == "cust-42" && !req.body.include?("@") }
    described_class.track(42, "rental_booked", tub: "Lay-Z Milan")
    expect(stub).to have_been_requested
  end
end
