require "karafka/testing/rspec/helpers"

RSpec.describe FleecePayment do
  it "prints only the charge and last four" do
    payment = described_class.new(gateway_charge_id: "ch_9", card_last4: "0042")
    expect(payment.to_s).to include("last4=0042")
  end
end
