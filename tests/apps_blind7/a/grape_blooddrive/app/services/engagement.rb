# frozen_string_literal: true

require 'customerio'
require 'digest'

module BloodDrive
  # Donor engagement campaigns (thank-you journeys, "you can donate again" nudges) run in Customer.io.
  class Engagement
    def initialize(settings = BloodDrive.settings)
      @client = Customerio::Client.new(settings.customerio_site_id, settings.customerio_api_key,
                                       region: Customerio::Regions::EU)
    end

    def identify(donor)
      @client.identify(
        id: donor.id,
        email: donor.email,
        first_name: donor.first_name,
        phone: donor.mobile,
        blood_group: donor.blood_group,
        created_at: donor.created_at.to_i
      )
    end

    def track_donation(appointment)
      @client.track(appointment.donor_id, 'donation_completed',
                    site_id: appointment.session_site_id, slot: appointment.slot_at.to_i)
    end

    def track_cash_gift(gift)
      @client.track_anonymous(Digest::SHA256.hexdigest(gift.email_for_receipt.to_s.downcase),
                              'cash_gift', amount_pence: gift.amount_pence)
    end
  end
end
