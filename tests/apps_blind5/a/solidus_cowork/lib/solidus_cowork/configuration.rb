# frozen_string_literal: true

module SolidusCowork
  class Configuration
    attr_accessor :access_control_url, :access_control_token, :hubspot_token,
                  :support_email, :booking_confirmation_template, :kiosk_offline_mode

    def initialize
      @access_control_url = ENV.fetch('ACCESS_CONTROL_URL', 'http://doors.deskhive.local:8090')
      @access_control_token = ENV['ACCESS_CONTROL_TOKEN']
      @hubspot_token = ENV['HUBSPOT_PRIVATE_APP_TOKEN']
      @support_email = 'frontdesk@deskhive.co'
      @booking_confirmation_template = 'desk_booking_confirmed'
      @kiosk_offline_mode = false
    end
  end

  class << self
    def configuration
      @configuration ||= Configuration.new
    end

    alias config configuration

    def configure
      yield configuration
    end
  end
end
