# frozen_string_literal: true

require 'digest'

module SolidusCowork
  # Keeps HubSpot contacts in sync for the membership sales team.
  class HubspotClient
    BASE_URL = 'https://api.hubapi.com'

    def initialize(token: SolidusCowork.config.hubspot_token)
      @conn = Faraday.new(url: BASE_URL) do |f|
        f.request :authorization, 'Bearer', token
        f.request :json
        f.response :json
        f.response :raise_error
      end
    end

    def upsert_member(user)
      @conn.post('/crm/v3/objects/contacts/batch/upsert', {
        inputs: [{
          idProperty: 'email',
          id: user.email,
          properties: {
            email: user.email,
            firstname: user.first_name,
            lastname: user.last_name,
            phone: user.phone,
            company: user.company_name,
            membership_tier: user.membership_tier
          }
        }]
      })
      Rails.logger.info("[hubspot] contact upserted user_id=#{user.id}")
    rescue Faraday::Error => e
      Rails.logger.warn("[hubspot] upsert failed user_id=#{user.id} status=#{e.response&.dig(:status)}")
    end

    def track_day_pass(user, order)
      @conn.post('/events/v3/send', {
        eventName: 'pe_day_pass_purchased',
        objectId: user.hubspot_contact_id,
        properties: { order_number: order.number, total: order.total.to_f, email_sha256: Digest::SHA256.hexdigest(user.email.downcase) }
      })
    end
  end
end
