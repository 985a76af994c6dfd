class SignupTracker
  def on_signup(user)
    # ruleid: pii-to-third-party-ruby
    Analytics.identify(user_id: user.id, traits: { email: user.email, name: user.full_name })
    # ruleid: pii-to-third-party-ruby
    @tracker.people.set(user.id, { "$phone" => user.phone_number })
    # ruleid: pii-to-third-party-ruby
    intercom.contacts.create(role: "user", email: user.email)
    # ruleid: pii-to-third-party-ruby
    AmplitudeAPI.track(AmplitudeAPI::Event.new(user_id: user.id, event_type: "signup", user_properties: { last_name: user.last_name }))
    # ok: pii-to-third-party-ruby, pii-to-vendor-api-ruby
    Analytics.identify(user_id: user.id, traits: { plan: user.plan })
    # ok: pii-to-third-party-ruby, pii-to-vendor-api-ruby
    Analytics.track(user_id: user.id, event: "Signed Up")
    # ok: pii-to-third-party-ruby, pii-to-vendor-api-ruby
    Analytics.identify(user_id: user.id, traits: { email_sha256: Digest::SHA256.hexdigest(user.email) })
    # ok: pii-to-third-party-ruby, pii-to-vendor-api-ruby
    UserMailer.welcome(user.email).deliver_later
    # ok: pii-to-third-party-ruby, pii-to-vendor-api-ruby
    AnalyticsEvent.create(kind: "signup", email: user.email)
  end

  def conversion(user)
    payload = { data: [{ user_data: { em: user.email, fn: user.first_name } }] }
    # ruleid: pii-to-vendor-api-ruby
    HTTParty.post("https://graph.facebook.com/v18.0/123/events", body: JSON.generate(payload))
    hashed = { data: [{ user_data: { em: Digest::SHA256.hexdigest(user.email) } }] }
    # ok: pii-to-third-party-ruby, pii-to-vendor-api-ruby
    HTTParty.post("https://graph.facebook.com/v18.0/123/events", body: JSON.generate(hashed))
    # ok: pii-to-third-party-ruby, pii-to-vendor-api-ruby
    HTTParty.post("https://crm.example.com/contacts", body: JSON.generate(payload))
  end
end

Sentry.init do |config|
  config.dsn = ENV["SENTRY_DSN"]
  # ruleid: sentry-send-default-pii-ruby
  config.send_default_pii = true
  # ok: sentry-send-default-pii-ruby
  config.send_default_pii = false
end

class IntercomSync
  def initialize(client: Intercom::Client.new(token: ENV.fetch("INTERCOM_TOKEN")))
    @client = client
  end

  def upsert(tenant)
    # ruleid: pii-to-third-party-ruby
    @client.contacts.create(role: "user", external_id: tenant.id.to_s, email: tenant.email)
    # ok: pii-to-third-party-ruby, pii-to-vendor-api-ruby
    @client.contacts.create(role: "user", external_id: tenant.id.to_s)
  end
end

class BrazeSyncJob
  BRAZE_URL = ENV.fetch("BRAZE_REST_ENDPOINT", "https://rest.fra-02.braze.eu")

  def perform(passenger)
    attributes = { external_id: passenger.id.to_s, email: passenger.email, last_name: passenger.last_name }
    # ruleid: pii-to-third-party-ruby, pii-to-vendor-api-ruby
    braze.post("/users/track", { attributes: [attributes] })
    # ok: pii-to-third-party-ruby, pii-to-vendor-api-ruby
    braze.post("/users/track", { attributes: [{ external_id: passenger.id.to_s }] })
  end
end

def identify(user)
  # ruleid: pii-to-third-party-ruby
  Sentry.set_user(id: user.id, email: user.email)
  # ruleid: pii-to-third-party-ruby
  $customerio.identify(id: user.id, email: user.email, first_name: user.first_name)
end

# The app's own client constant for the vendor marks a file as talking to it.
class SellerTracker
  def initialize(client: SEGMENT_CLIENT)
    @client = client
  end

  def signed_up(seller)
    # ruleid: pii-to-vendor-api-ruby
    @client.identify(user_id: "seller_#{seller.id}", traits: { email: seller.email })
    guardian = guardian_repo.create(email: seller.email)
    # A record made through a repository is a record, not its fields: the wrapper sends what it reads.
    # ok: pii-to-third-party-ruby
    posthog_client.identify(guardian)
  end
end

module Campground
  class BrazeSync
    BRAZE_ENDPOINT = "https://rest.iad-01.braze.com/users/track"

    def push_profile(camper)
      attributes = [{ external_id: camper.id.to_s, email: camper.email }]
      # ruleid: pii-to-vendor-api-ruby
      post(attributes: attributes)
      # ok: pii-to-vendor-api-ruby
      post(events: [{ external_id: camper.id.to_s, name: "stay_booked" }])
    end

    private

    def post(body)
      uri = URI(BRAZE_ENDPOINT)
      Net::HTTP.post(uri, body.to_json, "Content-Type" => "application/json")
    end
  end
end

class KlaviyoSyncJob < ApplicationJob
  def perform(patient_id)
    patient = Patient.find(patient_id)
    attributes = { external_id: "patient-#{patient.id}", email: patient.email }
    # ruleid: pii-to-third-party-ruby
    KlaviyoClient.new.upsert_profile(attributes)
    # ok: pii-to-third-party-ruby
    KlaviyoClient.new.upsert_profile({ external_id: "patient-#{patient.id}" })
  end
end

# Error trackers: Honeybadger context, Rollbar scope.
def report_consignment(error, consignor)
  # ruleid: pii-to-third-party-ruby
  Honeybadger.context(user_id: consignor.id, user_email: consignor.email)
  # ok: pii-to-third-party-ruby
  Honeybadger.context(user_id: consignor.id)
  # ruleid: pii-to-third-party-ruby
  Rollbar.error(error, phone: consignor.phone)
  # ok: pii-to-third-party-ruby
  Rollbar.error(error, consignor_id: consignor.id)
end

# Default calls by kind ([kind.*] in sdk_calls.toml): vendors whose own Ruby calls are not listed.
def tag_customer(customer, capsule_crm)
  # ruleid: pii-to-third-party-ruby
  Appsignal.add_tags(customer_email: customer.email)
  # ok: pii-to-third-party-ruby
  Appsignal.add_tags(customer_id: customer.id)
  # ruleid: pii-to-third-party-ruby
  capsule_crm.create_party(email: customer.email)
  # ruleid: pii-to-vendor-api-ruby
  Excon.post("https://api.capsulecrm.com/api/v2/parties", body: JSON.generate(email: customer.email))
end

Rollbar.configure do |config|
  config.person_method = "current_user"
  # ok: rollbar-person-fields-ruby
  config.person_id_method = "id"
  # ruleid: rollbar-person-fields-ruby
  config.person_email_method = "email"
  # ruleid: rollbar-person-fields-ruby
  config.person_username_method = "full_name"
end
