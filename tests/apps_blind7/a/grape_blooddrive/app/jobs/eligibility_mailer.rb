# frozen_string_literal: true

require 'mail'

module BloodDrive
  # Weekly: tells donors who became eligible again that they can book.
  class EligibilityMailer
    TEMPLATE = 'eligible_again_v4'

    def initialize(settings = BloodDrive.settings, logger = BloodDrive.logger)
      @settings = settings
      @logger = logger
      Mail.defaults { delivery_method :smtp, address: settings.smtp_address, port: 587, enable_starttls_auto: true }
    end

    def perform
      sent = 0
      Donor.eligible.where(email_bounced: false).find_each do |donor|
        from = @settings.mail_from
        Mail.deliver do
          from    from
          to      donor.email
          subject 'You can give blood again'
          body    "Hi #{donor.first_name}, it has been 12 weeks since your last donation."
        end
        sent += 1
      rescue Net::SMTPFatalError => e
        donor.update_columns(email_bounced: true)
        @logger.warn("bounce for donor_id=#{donor.id} template=#{TEMPLATE}: #{e.message.lines.first&.strip}")
      end
      @logger.info("eligibility mails sent=#{sent} smtp=#{@settings.smtp_address}")
    end
  end
end
