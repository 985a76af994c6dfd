class Wallet
  def keep(member, params)
    StoredMethod.create(
      member_id: member.id,
      # ruleid: card-number-record-write-ruby
      card_number: params[:number],
      # ok: card-number-record-write-ruby
      card_last4: params[:number][-4..]
    )
  end

  def update(params)
    method = StoredMethod[params[:id]]
    # ruleid: card-number-record-write-ruby
    method.cc_number = params[:number]
    method.save
  end

  def gateway_only(params)
    # ok: card-number-record-write-ruby
    PaymentGateway.create(card_number: params[:number])
  end

  def hold_card(booking, card)
    booking.create_card_hold!(
      cardholder: card[:name],
      # ruleid: card-number-record-write-ruby
      card_number: card[:value],
    )
    # ok: card-number-record-write-ruby
    booking.create_card_hold!(cardholder: card[:name], card_last4: card[:value])
    # ok: card-number-record-write-ruby
    gateway_client.charges.create(card_number: card[:value])
    # ok: card-number-record-write-ruby
    described_class.create!(party_date: Date.tomorrow, card_number: card[:value])
  end
end
