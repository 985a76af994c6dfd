require "rails_helper"

RSpec.describe Customer do
  it "normalizes the email and postcode" do
    customer = described_class.new(full_name: "Nia Okoro", email: " Nia@Example.COM ", phone: "07700 900123",
                                   address_line: "2 Weir Cottages", postcode: "hx7  8ap")
    expect(customer.email).to eq("nia@example.com")
    expect(customer.postcode).to eq("HX7 8AP")
  end

  it "has a readable to_s" do
    customer = described_class.new(full_name: "Nia Okoro", email: "nia@example.com")
    expect(customer.to_s).to eq("Nia Okoro <nia@example.com>")
  end
end
