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
end
