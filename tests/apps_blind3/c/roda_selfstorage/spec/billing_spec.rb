# frozen_string_literal: true

require_relative "spec_helper"

RSpec.describe Services::Billing do
  let(:gateway) { instance_double(Services::GatewayClient, vault: "vt_test") }
  let(:db) { Sequel.mock(fetch: {}) }
  let(:tenant) { double(id: 7, email: "tenant@example.test") }

  it "keeps only the last four in the enrolled log line" do
    billing = described_class.new(db: db, gateway: gateway)
    token = billing.enroll_autopay(tenant, "card_number" => "4111 1111 1111 1111", "exp_month" => "1", "exp_year" => "2030", "cvn" => "737")
    expect(token).to eq("vt_test")
  end
end
