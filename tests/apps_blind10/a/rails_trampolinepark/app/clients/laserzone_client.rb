# LaserZone next door sells combined tickets; we forward the party lead so they can call about add-ons.
class LaserzoneClient
  include HTTParty

  base_uri Rails.configuration.x.laserzone.base_url
  default_timeout 5

  def self.ssl_options
    { verify: Rails.configuration.x.laserzone.verify_tls }
  end

  def share_lead(booking, guardian)
    self.class.post("/api/leads", self.class.ssl_options.merge(
      body: { source: "bounceworks", party_date: booking.party_date, name: guardian.full_name, phone: guardian.phone }.to_json,
      headers: { "Content-Type" => "application/json" }
    ))
  end
end
