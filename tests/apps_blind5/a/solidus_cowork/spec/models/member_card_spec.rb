# frozen_string_literal: true

require 'spec_helper'

RSpec.describe SolidusCowork::MemberCard do
  let(:card) do
    described_class.new(name: 'Test Member', number: '4111 1111 1111 1111', month: 12, year: 2030,
                        verification_value: '123', cc_type: 'visa')
  end

  it 'stores only the last digits in clear' do
    card.save!
    expect(card.last_digits).to eq('1111')
    expect(card.display_number).to eq('XXXX-XXXX-XXXX-1111')
  end

  it 'prints no card number' do
    expect(card.to_s).not_to include('4111')
  end
end
