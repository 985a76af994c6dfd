require "rails_helper"

RSpec.describe AirshipClient do
  let(:student) { Student.create!(full_name: "Oskar Punty", email: "oskar@example.com", phone: "+1 555 0199") }

  it "associates the channel with an opaque named user" do
    stub = stub_request(:post, "https://go.urbanairship.com/api/named_users/associate")
      .with(body: hash_including("named_user_id" => "student-#{student.id}"))
      .to_return(status: 200, body: "{}")

    described_class.new.associate(student, "9c36e8c7-5a73-47c0-9716-99fd3d4197d5")

    expect(stub).to have_been_requested
  end
end
