# frozen_string_literal: true

require 'net/http'
require 'json'

module BloodDrive
  # Pushes attended appointments to the regional lab's LIMS so samples can be matched to donors.
  class LabFeed
    def initialize(url = BloodDrive.settings.lab_feed_url, logger = BloodDrive.logger)
      @uri = URI(url)
      @logger = logger
    end

    def push(appointment)
      donor = appointment.donor
      payload = {
        donation_ref: appointment.donation_ref,
        donor_name: "#{donor.first_name} #{donor.last_name}",
        date_of_birth: donor.date_of_birth&.iso8601,
        national_id: donor.national_id,
        blood_group: donor.blood_group,
        collected_at: appointment.attended_at&.iso8601
      }
      http = Net::HTTP.new(@uri.host, @uri.port)
      http.open_timeout = 5
      req = Net::HTTP::Post.new(@uri.path, 'Content-Type' => 'application/json')
      req.body = payload.to_json
      res = http.request(req)
      @logger.info("lab feed donation_ref=#{appointment.donation_ref} status=#{res.code}")
      res.is_a?(Net::HTTPSuccess)
    end

    def reachable?
      res = Net::HTTP.get_response(URI.join(@uri.to_s, '/health'))
      res.is_a?(Net::HTTPSuccess)
    rescue StandardError => e
      @logger.warn("lab feed health check failed: #{e.class}")
      false
    end
  end
end
