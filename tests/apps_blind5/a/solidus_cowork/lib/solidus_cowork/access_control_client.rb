# frozen_string_literal: true

module SolidusCowork
  # Pushes member badges to the building's door controller.
  class AccessControlClient
    def initialize(url: SolidusCowork.config.access_control_url, token: SolidusCowork.config.access_control_token)
      @conn = Faraday.new(url: url) do |f|
        f.request :json
        f.response :json
        f.options.timeout = 5
        f.headers['Authorization'] = "Token #{token}"
      end
    end

    def grant(user, booking)
      payload = {
        badge_holder: { name: user.name, email: user.email, phone: user.phone },
        valid_from: booking.starts_at.iso8601,
        valid_to: booking.ends_at.iso8601,
        zone: booking.space.access_zone
      }
      response = @conn.post('/api/badges', payload)
      Rails.logger.info("[access] badge granted booking=#{booking.id} status=#{response.status}")
      response.body['badge_id']
    end

    def revoke(badge_id)
      response = @conn.delete("/api/badges/#{badge_id}")
      Rails.logger.info("[access] badge revoked badge=#{badge_id} status=#{response.status}")
    end

    def health
      @conn.get('/health').status == 200
    end
  end
end
