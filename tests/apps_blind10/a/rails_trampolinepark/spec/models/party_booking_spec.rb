require "rails_helper"

RSpec.describe PartyBooking, type: :model do
  let(:guardian) { Guardian.create!(email: "g@example.test", password: "password123", full_name: "Test Guardian", phone: "07700900000") }

  it "derives the last four digits before saving" do
    booking = described_class.create!(guardian: guardian, party_date: Date.tomorrow, package: "mega", guests: 12,
                                      deposit_card_number: "4242424242424242", deposit_card_expiry: "10/29",
                                      deposit_card_cvv: "123")
    expect(booking.deposit_card_last4).to eq("4242")
  end

  it "clears the card after capture" do
    booking = described_class.create!(guardian: guardian, party_date: Date.tomorrow, package: "mini", guests: 8,
                                      deposit_card_number: "5555555555554444", deposit_card_expiry: "10/29",
                                      deposit_card_cvv: "123")
    booking.clear_card!
    expect(booking.reload.deposit_card_number).to be_nil
  end

  it "rejects a short card number" do
    booking = described_class.new(guardian: guardian, party_date: Date.tomorrow, package: "mini", guests: 8,
                                  deposit_card_number: "424242424242")
    expect(booking).not_to be_valid
  end
end
