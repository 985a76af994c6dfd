require 'zendesk_api'

module Nursery
  module Helpdesk
    module_function

    def client
      @client ||= ZendeskAPI::Client.new do |config|
        config.url = Settings[:zendesk_url]
        config.username = "#{Settings[:zendesk_user]}/token"
        config.token = Settings[:zendesk_token]
        config.retry = true
        config.logger = Padrino.logger
      end
    end

    def open_fee_query(parent, invoice, message)
      ZendeskAPI::Ticket.create!(client,
        subject: "Fee query #{invoice.period}",
        comment: { body: message },
        requester: { name: parent.name, email: parent.email },
        custom_fields: [{ id: 360_019_224_611, value: parent.mobile }],
        tags: %w[fees nursery])
    end

    def note_payment_failure(parent_id, invoice_id)
      ZendeskAPI::Ticket.create!(client,
        subject: "Payment failed (parent #{parent_id})",
        comment: { body: "Invoice #{invoice_id} could not be charged. See the billing screen." },
        tags: %w[fees failed-payment])
    end
  end
end
