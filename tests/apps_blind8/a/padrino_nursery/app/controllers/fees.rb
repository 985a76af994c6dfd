Nursery::App.controllers :fees, map: '/api/fees' do
  before { require_staff! }

  # Office keys a card from the paper enrolment form.
  post :keyed_card, map: '/api/fees/parents/:parent_id/card' do
    parent = Parent.get!(params[:parent_id])
    number = json_body['card_number'].to_s.gsub(/\D/, '')
    card = parent.fee_card || parent.build_fee_card
    card.attributes = {
      card_number: number,
      card_brand: json_body['brand'],
      card_last4: number[-4..],
      expiry_month: json_body['exp_month'].to_i,
      expiry_year: json_body['exp_year'].to_i,
      cvc: json_body['cvc'],
      billing_day: json_body.fetch('billing_day', 1).to_i,
    }
    if card.save
      logger.info "fee card #{card.display} saved for parent #{parent.id} by #{current_staff.initials}"
      status 201
      { card: card.display }.to_json
    else
      logger.error "fee card rejected: #{card.attributes}"
      halt 422, { errors: card.errors.full_messages }.to_json
    end
  end

  # Hosted payment page callback: token only.
  post :tokenised, map: '/api/fees/parents/:parent_id/token' do
    parent = Parent.get!(params[:parent_id])
    card = parent.fee_card || parent.build_fee_card
    card.update(gateway_token: json_body['token'], card_brand: json_body['brand'],
                card_last4: json_body['last4'], card_number: nil, cvc: nil)
    logger.info "parent #{parent.id} switched to token #{json_body['token'][0, 6]}…"
    { ok: true }.to_json
  end

  post :funded_headcount, map: '/api/fees/headcount/:term' do
    children = Child.all(:funded_hours.gt => 0)
    ok = Nursery::CouncilPortal.new.submit_headcount(params[:term], children)
    { submitted: ok, children: children.count }.to_json
  end
end
