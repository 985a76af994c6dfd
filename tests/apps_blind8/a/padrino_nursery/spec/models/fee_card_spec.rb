require 'spec_helper'

RSpec.describe FeeCard do
  let(:parent) do
    Parent.create(first_name: 'Test', last_name: 'Parent', email: 'parent@example.test', portal_password: 'x' * 12)
  end

  it 'is legacy when it has a number but no token' do
    card = FeeCard.new(parent: parent, card_number: '4000056655665556', card_brand: 'visa', card_last4: '5556')
    expect(card).to be_legacy
    expect(card.display).to eq('visa ****5556')
  end

  it 'is not legacy once tokenised' do
    card = FeeCard.new(parent: parent, gateway_token: 'tok_test_9ab2', card_brand: 'mastercard', card_last4: '4444')
    expect(card).not_to be_legacy
  end
end
