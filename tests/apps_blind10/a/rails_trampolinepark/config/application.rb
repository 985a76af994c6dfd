require_relative "boot"

require "rails"
require "active_model/railtie"
require "active_record/railtie"
require "action_controller/railtie"
require "action_mailer/railtie"

Bundler.require(*Rails.groups)

module BounceWorks
  class Application < Rails::Application
    config.load_defaults 7.1
    config.time_zone = "London"
    config.active_job.queue_adapter = :sidekiq

    config.x.gateway.base_url = ENV.fetch("SPRINGPAY_URL", "https://api.springpay.example/v1")
    config.x.gateway.verify_tls = ENV.fetch("SPRINGPAY_VERIFY_TLS", "true") == "true"
    config.x.jumpgate.base_url = ENV.fetch("JUMPGATE_URL", "http://jumpgate.park.internal:9292")
    config.x.laserzone.base_url = ENV.fetch("LASERZONE_URL", "https://bookings.laserzone-partner.example")
    config.x.laserzone.verify_tls = ENV.fetch("LASERZONE_VERIFY_TLS", "false") == "true"
    config.x.customerio.site_id = ENV.fetch("CUSTOMERIO_SITE_ID", "")
    config.x.customerio.api_key = ENV.fetch("CUSTOMERIO_API_KEY", "")
  end
end
