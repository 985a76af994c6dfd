# frozen_string_literal: true

RSpec.describe Tutoring::Operations::ChargeLesson do
  subject(:operation) { described_class.new(billing_repo: billing_repo, guardian_repo: guardian_repo, adyen_client: adyen, logger: logger) }

  let(:logger) { instance_double(Dry::Logger::Dispatcher, info: nil, warn: nil) }
  let(:guardian) { double(id: 7) }
  let(:guardian_repo) { double(find: guardian) }
  let(:profile) do
    double(adyen_shopper_reference: "guardian-7", stored_payment_method_id: "8315892878479934",
           card_brand: "visa", card_summary: "1111")
  end
  let(:billing_repo) { double(profile_for: profile) }
  let(:lesson) { double(id: 99, guardian_id: 7, duration_minutes: 60) }

  context "when Adyen authorises" do
    let(:adyen) { double(pay: double(success?: true, body: {"resultCode" => "Authorised", "pspReference" => "NC6HT9CRT65ZGN82"})) }

    it "returns the PSP reference" do
      expect(operation.call(lesson: lesson, rate_pence: 3600)).to eq(Dry::Monads::Success("NC6HT9CRT65ZGN82"))
    end
  end

  context "when refused" do
    let(:adyen) { double(pay: double(success?: true, body: {"resultCode" => "Refused", "refusalReason" => "CVC Declined"})) }

    it "fails" do
      expect(operation.call(lesson: lesson, rate_pence: 3600)).to be_failure
    end
  end

  it "formats a desk test card" do
    expect("4111 1111 1111 1111".delete(" ")).to eq("4111111111111111")
  end
end
