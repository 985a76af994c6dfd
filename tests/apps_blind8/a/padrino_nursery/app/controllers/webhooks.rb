Nursery::App.controllers :webhooks, map: '/webhooks' do
  post :kidspay, map: '/webhooks/kidspay' do
    payload = request.body.read
    expected = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('GATEWAY_WEBHOOK_SECRET', ''), payload)
    unless Rack::Utils.secure_compare(expected, request.env['HTTP_X_KIDSPAY_SIGNATURE'].to_s)
      logger.warn "kidspay webhook bad signature from #{request.ip}"
      halt 400
    end
    event = JSON.parse(payload)
    logger.info "kidspay #{event['type']} #{event['id']}"

    case event['type']
    when 'charge.succeeded'
      invoice = Invoice.first(charge_ref: event.dig('data', 'reference'))
      invoice&.update(status: 'paid', paid_at: Time.now)
    when 'charge.failed'
      invoice = Invoice.first(charge_ref: event.dig('data', 'reference'))
      if invoice
        invoice.update(status: 'failed')
        Nursery::Helpdesk.note_payment_failure(invoice.parent.id, invoice.id)
      end
    when 'card.expiring'
      logger.info "card ending #{event.dig('data', 'last4')} expires #{event.dig('data', 'exp_month')}/#{event.dig('data', 'exp_year')}"
    end
    status 204
  end
end
