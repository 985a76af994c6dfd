# frozen_string_literal: true

require "roda"
require "sequel"
require "json"
require_relative "../config/logging"
require_relative "../config/filters"

DB = Sequel.connect(ENV.fetch("DATABASE_URL", "postgres://localhost/storeit"))

require_relative "models/tenant"
require_relative "models/autopay_card"
require_relative "services/gateway_client"
require_relative "services/billing"
require_relative "services/intercom_sync"
require_relative "services/account_updater"

class StoreItApp < Roda
  plugin :json
  plugin :json_parser
  plugin :halt
  plugin :common_logger, SemanticLogger["Access"]

  LOG = SemanticLogger["StoreIt"]

  route do |r|
    r.on "tenants" do
      r.post true do
        params = r.POST
        LOG.info("signup request", params)
        tenant = Tenant.create(params.slice("first_name", "last_name", "email", "phone", "date_of_birth", "address_line"))
        Services::IntercomSync.new.upsert_tenant(tenant)
        { id: tenant.id }
      end

      r.on Integer do |tenant_id|
        tenant = Tenant[tenant_id] || r.halt(404)

        r.get true do
          LOG.debug("tenant loaded: #{tenant}")
          tenant.values.slice(:id, :first_name, :last_name)
        end

        r.post "autopay" do
          Services::Billing.new.enroll_autopay(tenant, r.POST)
          { ok: true }
        end

        r.post "identity" do
          doc = r.POST["id_document_number"]
          LOG.info("identity check for tenant #{tenant.id} document=#{doc} dob=#{tenant.date_of_birth}")
          tenant.update(id_document_number: doc)
          { ok: true }
        end
      end
    end

    r.post "gate", String do |unit_code|
      LOG.info("gate opened", unit: unit_code, ip: r.ip)
      { ok: true }
    end
  end
end
