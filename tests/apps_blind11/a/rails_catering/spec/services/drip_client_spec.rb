require "rails_helper"

RSpec.describe DripClient do
  let(:customer) { Customer.new(full_name: "Malik Osei", email: "malik@example.com", phone: "+44 7700 900123") }

  it "upserts the subscriber and returns its id" do
    stub = stub_request(:post, %r{api.getdrip.com/v2/.*/subscribers})
           .to_return(status: 200, body: { subscribers: [{ id: "z1togz2hcjrkpp5treip" }] }.to_json,
                      headers: { "Content-Type" => "application/json" })
    expect(described_class.new.upsert_subscriber(customer)).to eq("z1togz2hcjrkpp5treip")
    expect(stub).to have_been_requested
  end
end
