# Mirrors contacts into analytics and the partner CRM.
class CrmSync
  def initialize(contact)
    @contact = contact
  end

  def call
    Analytics.identify(user_id: @contact.id, traits: { email: @contact.email, phone: @contact.phone }) # expect: pii_to_third_party
    Analytics.track(user_id: @contact.id, event: "Contact Synced", properties: { plan: @contact.plan })
    Analytics.identify(user_id: @contact.id, traits: { email_sha256: Digest::SHA256.hexdigest(@contact.email) })
    HTTParty.post("http://partner-crm.example.com/leads", body: { email: @contact.email, name: @contact.full_name }) # expect: insecure_transport
    HTTParty.post("https://crm.example.com/leads", body: { email: @contact.email })
    Rails.logger.info("synced contact #{@contact.id}")
  end
end

Sentry.init do |config|
  config.dsn = ENV["SENTRY_DSN"]
  config.send_default_pii = true # expect: pii_to_third_party
end
