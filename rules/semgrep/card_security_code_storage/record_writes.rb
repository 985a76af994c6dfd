class Wallet
  def keep(member, params)
    StoredMethod.create(
      member_id: member.id,
      # ruleid: card-security-code-record-write-ruby
      cvv: params[:cvv],
      # ok: card-security-code-record-write-ruby
      cvv_token: params[:cvv_token]
    )
  end

  def update(params)
    method = StoredMethod[params[:id]]
    # ruleid: card-security-code-record-write-ruby
    method.card_cvc = params[:cvc]
    method.save
  end

  def gateway_only(params)
    # ok: card-security-code-record-write-ruby
    PaymentGateway.create(cvv: params[:cvv])
  end

  def hold_card(booking, card)
    booking.create_card_hold!(
      cardholder: card[:name],
      # ruleid: card-security-code-record-write-ruby
      security_code: card[:value],
    )
    # ok: card-security-code-record-write-ruby
    booking.create_card_hold!(cardholder: card[:name], card_brand: card[:value])
    # ok: card-security-code-record-write-ruby
    gateway_client.charges.create(security_code: card[:value])
    # ok: card-security-code-record-write-ruby
    described_class.create!(party_date: Date.tomorrow, security_code: card[:value])
  end
end
