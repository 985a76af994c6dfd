http = Net::HTTP.new(uri.host, uri.port)
http.use_ssl = true
# ruleid: tls-verification-disabled-ruby
http.verify_mode = OpenSSL::SSL::VERIFY_NONE
# ok: tls-verification-disabled-ruby
http.verify_mode = OpenSSL::SSL::VERIFY_PEER
# ruleid: tls-verification-disabled-ruby
conn = Faraday.new(url: "https://api.example.com", ssl: { verify: false })

def sync_contact(customer)
  # ruleid: personal-data-over-http-ruby
  HTTParty.post("http://crm.example.com/contacts", body: { email: customer.email, name: customer.full_name })
  # ok: personal-data-over-http-ruby
  HTTParty.post("https://crm.example.com/contacts", body: { email: customer.email })
  # ok: personal-data-over-http-ruby
  HTTParty.post("http://localhost:3000/contacts", body: { email: customer.email })
  # ok: personal-data-over-http-ruby
  HTTParty.get("http://status.example.com/ping")
  # ruleid: personal-data-over-http-ruby
  Net::HTTP.post_form(URI("http://crm.example.com/leads"), "phone" => customer.phone_number)
end

class IdentityCheck
  VERIFY_URL = URI("http://idcheck.partner.example/v1/verify")
  STATUS_URL = "https://idcheck.partner.example/v1/status"

  def verify(full_name:, passport_no:)
    # ruleid: personal-data-over-http-ruby-url-constant
    Net::HTTP.post(VERIFY_URL, { name: full_name, passport: passport_no }.to_json, "Content-Type" => "application/json")
  end

  def status(passport_no)
    # A URL constant matches the configured-URL rule too: the scanner keeps that finding only when the
    # project's configuration makes the constant plain http, and STATUS_URL is https.
    # ok: personal-data-over-http-ruby-url-constant
    # ruleid: personal-data-to-configured-url-ruby
    HTTParty.post(STATUS_URL, body: { passport: passport_no })
  end

  def ping
    # ok: personal-data-over-http-ruby-url-constant
    Net::HTTP.get(VERIFY_URL)
  end
end

class LockerGateway
  include HTTParty
  base_uri ENV.fetch("LOCKER_URL", "https://vault.locker.example/api")
  # ruleid: tls-verification-disabled-ruby
  verify false

  def vault(card_number)
    # ruleid: personal-data-to-configured-url-ruby-base-uri
    self.class.post("/vault", body: { pan: card_number }.to_json)
  end
end

class ReminderRelay
  include HTTParty
  base_uri "http://relay.sms-partner.example"

  def notice(tenant)
    # ruleid: personal-data-over-http-ruby-base-uri
    self.class.post("/send", body: { to: tenant.phone, text: "Your unit is due" })
    # ok: personal-data-over-http-ruby-base-uri
    self.class.post("/send", body: { to: tenant.id, text: "Your unit is due" })
  end
end

class SecureRelay
  include HTTParty
  base_uri "https://relay.sms-partner.example"

  def notice(tenant)
    # ok: personal-data-over-http-ruby-base-uri
    self.class.post("/send", body: { to: tenant.phone })
  end
end

def fetch_status(host)
  # ruleid: tls-verification-disabled-ruby
  Net::HTTP.start(host, 443, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_NONE) { |h| h.get("/status") }
end

# The URL comes from configuration: the scanner keeps these only where the configured value is http://.
class ClassroomRooms
  def open(guardian, tutor)
    conn = Faraday.new(url: settings.classroom_api_url, headers: { "Accept" => "application/json" })
    conn.post("rooms") do |req|
      # ruleid: personal-data-to-configured-url-ruby-connection
      req.body = { display_name: guardian.full_name, email: guardian.email }.to_json
    end
    conn.post("rooms") do |req|
      # ok: personal-data-to-configured-url-ruby-connection
      req.body = { tutor: tutor.id }.to_json
    end
  end

  def notify(member)
    # ruleid: personal-data-to-configured-url-ruby
    HTTParty.post(ENV.fetch("WINBACK_URL"), body: { email: member.email })
    # ruleid: personal-data-to-configured-url-ruby
    Net::HTTP.post_form(URI(Rails.configuration.x.lab.url), "phone" => member.phone)
    # ok: personal-data-to-configured-url-ruby
    HTTParty.post(ENV.fetch("WINBACK_URL"), body: { member: member.id })
  end
end

module Cowork
  class DoorClient
    def initialize(url: Cowork.config.door_controller_url, token: Cowork.config.door_token)
      @conn = Faraday.new(url: url) do |f|
        f.request :json
        f.headers['Authorization'] = "Token #{token}"
      end
    end

    def grant(user, booking)
      payload = { holder: { name: user.name, email: user.email }, zone: booking.zone }
      # ruleid: personal-data-to-configured-url-ruby
      response = @conn.post('/api/badges', payload)
      # ok: personal-data-to-configured-url-ruby
      @conn.post('/api/ping', { booking: booking.id })
      response.body['badge_id']
    end
  end
end

module BloodDrive
  class LabFeed
    def initialize(url = BloodDrive.settings.lab_feed_url, logger = BloodDrive.logger)
      @uri = URI(url)
      @logger = logger
    end

    def push(appointment, donor)
      payload = { donation_ref: appointment.donation_ref, date_of_birth: donor.date_of_birth, national_id: donor.national_id }
      http = Net::HTTP.new(@uri.host, @uri.port)
      req = Net::HTTP::Post.new(@uri.path, 'Content-Type' => 'application/json')
      req.body = payload.to_json
      # ruleid: personal-data-to-configured-url-ruby
      res = http.request(req)
      probe = Net::HTTP::Post.new(@uri.path)
      probe.body = { ref: appointment.donation_ref }.to_json
      # ok: personal-data-to-configured-url-ruby
      http.request(probe)
    end
  end
end

# ruleid: tls-verification-disabled-ruby
plan = Faraday.new(url: ENV.fetch("PLAN_URL"), ssl: { verify: ENV.fetch("PLAN_VERIFY_SSL", "false") == "true" })
lab = Faraday.new(
  url: ENV.fetch("LAB_URL"),
  # ruleid: tls-verification-disabled-ruby
  ssl: { verify: ENV["LAB_VERIFY_SSL"] != "0" },
)
# ok: tls-verification-disabled-ruby
billing = Faraday.new(url: ENV.fetch("BILLING_URL"), ssl: { verify: true, ca_file: ENV.fetch("CA_FILE") })
# ok: tls-verification-disabled-ruby
ledger = Faraday.new(url: ENV.fetch("LEDGER_URL"), ssl: { verify: true })

# The wristband controller's address comes from configuration (config.x.turnstiles.base_url), which the
# configuration gate checks for an http:// value.
class TurnstileClient
  include HTTParty
  base_uri Rails.configuration.x.turnstiles.base_url

  def reserve(booking, guardian)
    # ruleid: personal-data-to-configured-url-ruby-base-uri
    self.class.post("/reservations", body: { ref: booking.id, lead_phone: guardian.phone }.to_json)
    # ok: personal-data-to-configured-url-ruby-base-uri
    self.class.post("/reservations", body: { ref: booking.id, guests: booking.guests }.to_json)
    # ok: personal-data-to-configured-url-ruby-base-uri
    self.class.get("/status")
  end
end
