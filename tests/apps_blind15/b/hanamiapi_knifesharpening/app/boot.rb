require "json"
require "securerandom"
require "backburner"

require_relative "settings"
require_relative "logging"
require_relative "db"
require_relative "http"
require_relative "models/customer"
require_relative "repos/customer_repo"
require_relative "repos/payment_repo"
require_relative "vendors/kommo"
require_relative "vendors/adjust"
require_relative "jobs/charge_van_card_job"
require_relative "jobs/sync_customer_job"
require_relative "services/payments"
require_relative "services/bookings"
require_relative "services/receipts"
require_relative "api"

Backburner.configure do |config|
  config.beanstalk_url = Edgewise::Settings["beanstalk_url"]
  config.tube_namespace = "edgewise"
  config.logger = Edgewise::LOGGER
  config.default_worker = Backburner::Workers::Simple
end
