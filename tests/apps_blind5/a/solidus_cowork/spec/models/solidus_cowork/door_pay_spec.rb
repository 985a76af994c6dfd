# frozen_string_literal: true

require 'spec_helper'

RSpec.describe SolidusCowork::PaymentMethod::DoorPay do
  subject(:method) do
    described_class.create!(name: 'DoorPay', preferred_api_key: 'dp_test_key', preferred_merchant_id: 'M-1001')
  end

  let(:source) do
    SolidusCowork::MemberCard.create!(name: 'Test Member', number: '5555 5555 5555 4444', month: 1, year: 2031,
                                      gateway_customer_profile_id: 'cus_1', gateway_payment_profile_id: 'card_1')
  end

  before do
    stub_request(:post, 'https://gateway.doorpay.eu/v1/authorizations')
      .to_return(status: 201, body: { id: 'auth_1', message: 'approved' }.to_json,
                 headers: { 'Content-Type' => 'application/json' })
  end

  it 'authorizes with the stored gateway profile' do
    response = method.authorize(2500, source, currency: 'GBP', order_id: 'R123456789')
    expect(response).to be_success
    expect(response.authorization).to eq('auth_1')
  end

  it 'is a credit card payment method' do
    expect(method.payment_source_class).to eq(SolidusCowork::MemberCard)
  end
end
