Nursery::App.mailer :parent do
  email :invoice_ready do |parent, invoice|
    from 'accounts@littleacorns.example'
    to parent.email
    subject "Your Little Acorns invoice for #{invoice.period}"
    locals parent: parent, invoice: invoice
    render 'parent/invoice_ready'
    content_type :html
  end

  email :payment_failed do |parent, invoice, card|
    from 'accounts@littleacorns.example'
    to parent.email
    subject 'We could not take your nursery fees'
    locals parent: parent, invoice: invoice, card_display: card.display
    render 'parent/payment_failed'
  end
end
