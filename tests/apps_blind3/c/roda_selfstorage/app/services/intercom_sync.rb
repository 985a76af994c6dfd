# frozen_string_literal: true

require "intercom"
require "digest"

module Services
  class IntercomSync
    include SemanticLogger::Loggable

    def initialize(client: Intercom::Client.new(token: ENV.fetch("INTERCOM_TOKEN")))
      @client = client
    end

    def upsert_tenant(tenant)
      contact = @client.contacts.create(
        role: "user",
        external_id: tenant.id.to_s,
        email: tenant.email,
        phone: tenant.phone,
        name: tenant.full_name,
        custom_attributes: { unit_codes: tenant.units.map(&:code).join(","), date_of_birth: tenant.date_of_birth.to_s }
      )
      tenant.update(intercom_user_id: contact.id)
      logger.info("intercom contact synced", tenant_id: tenant.id, contact_id: contact.id)
      contact
    end

    def log_lockout_event(tenant, unit)
      @client.events.create(
        event_name: "unit-locked-out",
        created_at: Time.now.to_i,
        user_id: tenant.id.to_s,
        metadata: { unit: unit.code }
      )
    end

    def anonymous_lead(email, source)
      @client.contacts.create(
        role: "lead",
        external_id: Digest::SHA256.hexdigest(email.downcase),
        custom_attributes: { source: source }
      )
    end
  end
end
