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
end
