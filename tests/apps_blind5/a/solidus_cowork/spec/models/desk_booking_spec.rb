# frozen_string_literal: true

require 'spec_helper'

RSpec.describe SolidusCowork::DeskBooking do
  let(:space) { SolidusCowork::Space.create!(name: 'Loft', access_zone: 'L3', capacity: 1) }
  let(:user) { create(:user, email: 'member@example.com') }

  it 'rejects bookings that end before they start' do
    booking = described_class.new(user: user, space: space, starts_at: Time.current, ends_at: 1.hour.ago)
    expect(booking).not_to be_valid
  end

  it 'queues an access sync when confirmed' do
    booking = described_class.create!(user: user, space: space, starts_at: 1.hour.from_now, ends_at: 5.hours.from_now)
    expect { booking.update!(status: :confirmed) }.to have_enqueued_job(SolidusCowork::SyncAccessJob).with(booking.id)
  end

  it 'reports a full space' do
    described_class.create!(user: user, space: space, starts_at: Date.current.beginning_of_day + 9.hours,
                            ends_at: Date.current.beginning_of_day + 17.hours)
    expect(space.available_on?(Date.current)).to be(false)
  end
end
