# frozen_string_literal: true

module BloodDrive
  Settings = Struct.new(
    :database_url, :log_level, :smtp_address, :mail_from, :sms_sender_id,
    :donation_gateway_url, :donation_gateway_key, :lab_feed_url, :customerio_site_id,
    :customerio_api_key, :sentry_dsn, keyword_init: true
  )

  def self.settings
    @settings ||= Settings.new(
      database_url: ENV.fetch('DATABASE_URL', 'postgres://blood:blood@localhost/blooddrive'),
      log_level: ENV.fetch('LOG_LEVEL', 'info'),
      smtp_address: ENV.fetch('SMTP_ADDRESS', 'email-smtp.eu-west-1.amazonaws.com'),
      mail_from: ENV.fetch('MAIL_FROM', 'no-reply@givelife.example'),
      sms_sender_id: ENV.fetch('SMS_SENDER_ID', 'GiveLife'),
      donation_gateway_url: ENV.fetch('DONATION_GATEWAY_URL', 'https://api.charitypay.example/v3'),
      donation_gateway_key: ENV.fetch('DONATION_GATEWAY_KEY', ''),
      lab_feed_url: ENV.fetch('LAB_FEED_URL', 'http://lims.regional-lab.internal/api/donations'),
      customerio_site_id: ENV.fetch('CUSTOMERIO_SITE_ID', ''),
      customerio_api_key: ENV.fetch('CUSTOMERIO_API_KEY', ''),
      sentry_dsn: ENV['SENTRY_DSN']
    )
  end

  def self.logger
    @logger ||= Logger.new($stdout, level: settings.log_level).tap do |l|
      l.progname = 'blooddrive'
      l.formatter = proc do |severity, time, progname, msg|
        "#{time.utc.iso8601} #{severity} [#{progname}] #{msg}\n"
      end
    end
  end
end
