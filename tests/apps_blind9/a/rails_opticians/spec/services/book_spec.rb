require "rails_helper"

RSpec.describe Appointments::Book do
  let(:patient) { Patient.create!(first_name: "Test", last_name: "Patient", date_of_birth: Date.new(1980, 2, 3), email: "p@example.test") }
  let(:starts_at) { Time.zone.parse("2024-06-03 10:20") }

  before { stub_const("MIXPANEL", instance_double(Mixpanel::Tracker, track: true)) }

  it "books a free slot and emits the event" do
    events = []
    callback = ->(event) { events << event }
    ActiveSupport::Notifications.subscribed(callback, "appointment.booked") do
      described_class.new(patient: patient, store_code: "LEI01", starts_at: starts_at, kind: "eye_test").call
    end
    expect(events.size).to eq(1)
    expect(patient.appointments.count).to eq(1)
  end

  it "refuses a taken slot" do
    patient.appointments.create!(store_code: "LEI01", starts_at: starts_at, kind: :eye_test)
    expect {
      described_class.new(patient: patient, store_code: "LEI01", starts_at: starts_at, kind: "eye_test").call
    }.to raise_error(Appointments::Book::SlotTaken)
  end
end

RSpec.describe ChargePhoneOrderJob do
  let(:patient) { Patient.create!(first_name: "Test", last_name: "Patient", date_of_birth: Date.new(1980, 2, 3)) }
  let(:order) { patient.phone_orders.create!(frame_sku: "RB-5154", lens_spec: { sph: -1.25 }, total_pence: 18_900, pan_last4: "1111") }

  it "clears the card once captured" do
    allow_any_instance_of(TillstreamClient).to receive(:charge).and_return("id" => "pay_123", "status" => "captured")
    allow_any_instance_of(LensLab::OrderSubmitter).to receive(:submit).and_return("LIMS-1")
    described_class.perform_now(order.id, "4111111111111111", "123", "12/29")
    expect(order.reload.pan).to be_nil
    expect(order.card_security_code).to be_nil
    expect(order.status).to eq("sent_to_lab")
  end
end
