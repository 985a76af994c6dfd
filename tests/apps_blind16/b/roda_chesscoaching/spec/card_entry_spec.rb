require_relative "../lib/chessclub/member"

RSpec.describe GambitClub::CardEntry do
  it "inspects with only the last four digits" do
    card = described_class.new(number: "000000000000" + "4417", cvc: "999", expiry: "04/29")
    expect(card.inspect).to eq("#<CardEntry ****4417 04/29>")
    expect(card.to_s).not_to include("999")
  end
end
