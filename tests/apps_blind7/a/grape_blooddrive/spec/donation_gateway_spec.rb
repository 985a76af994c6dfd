# frozen_string_literal: true

require 'webmock/rspec'
require_relative '../config/environment'

RSpec.describe BloodDrive::DonationGateway do
  let(:gateway) { described_class.new }
  let(:base) { BloodDrive.settings.donation_gateway_url }

  it 'returns the last four digits and brand' do
    stub_request(:post, "#{base}/charges")
      .to_return(status: 200, headers: { 'Content-Type' => 'application/json' },
                 body: { id: 'ch_1', status: 'succeeded', source: { brand: 'visa' } }.to_json)
    result = gateway.charge(card_number: '4000002500003155', exp: '12/30', card_code: '123',
                            amount_pence: 500, reference: 'GL-test')
    expect(result.last4).to eq('3155')
    expect(result.brand).to eq('visa')
  end

  it 'raises on a decline' do
    stub_request(:post, "#{base}/charges").to_return(status: 402, body: '{"error":"card_declined"}')
    expect do
      gateway.charge(card_number: '4000000000000002', exp: '12/30', card_code: '123',
                     amount_pence: 500, reference: 'GL-test')
    end.to raise_error(BloodDrive::DonationGateway::Error)
  end
end
