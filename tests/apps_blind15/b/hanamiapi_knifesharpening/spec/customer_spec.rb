require_relative "../app/models/customer"

RSpec.describe Edgewise::VanCard do
  it "masks the number in inspect" do
    card = described_class.new(job_id: 3, card_number: "TEST-CARD-5512", cvc: "000", exp: "01/29")
    expect(card.inspect).to eq("#<VanCard job=3 ****5512>")
  end
end

RSpec.describe Edgewise::Customer do
  it "splits the first name" do
    expect(described_class.new(name: "Orla Byrne").first_name).to eq("Orla")
  end
end
