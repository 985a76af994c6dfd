# frozen_string_literal: true

require "bundler/setup"
require "active_record"
require "ougai"
require "que"
require "honeybadger"
require "yaml"
require "erb"

ENV["RACK_ENV"] ||= "development"

APP_LOG = Ougai::Logger.new($stdout)
APP_LOG.level = ENV.fetch("LOG_LEVEL", "info")
APP_LOG.formatter = Ougai::Formatters::Bunyan.new if ENV["RACK_ENV"] == "production"
APP_LOG.with_fields = { app: "hammer", env: ENV["RACK_ENV"] }

db_config = YAML.safe_load(ERB.new(File.read(File.expand_path("database.yml", __dir__))).result, aliases: true)
ActiveRecord::Base.establish_connection(db_config.fetch(ENV["RACK_ENV"]))
ActiveRecord::Base.logger = APP_LOG.child(component: "sql") if ENV["SQL_LOG"]
ActiveRecord::Base.schema_format = :sql

ActiveRecord::Encryption.configure(
  primary_key: ENV.fetch("AR_ENCRYPTION_PRIMARY_KEY"),
  deterministic_key: ENV.fetch("AR_ENCRYPTION_DETERMINISTIC_KEY"),
  key_derivation_salt: ENV.fetch("AR_ENCRYPTION_SALT")
)

Que.connection = ActiveRecord
Que.logger = APP_LOG.child(component: "que")

Honeybadger.configure do |config|
  config.api_key = ENV["HONEYBADGER_API_KEY"]
  config.env = ENV["RACK_ENV"]
  config.request.filter_keys += %w[password card_number security_code passport_number]
end

SETTINGS = {
  gateway_url: ENV.fetch("GATEWAY_URL", "https://api.quaypay.example/v1"),
  gateway_key: ENV["GATEWAY_KEY"],
  active_campaign_url: ENV.fetch("AC_URL", "https://hammerhouse.api-us1.com/api/3"),
  active_campaign_key: ENV["AC_KEY"],
  saleroom_display_url: ENV.fetch("SALEROOM_DISPLAY_URL", "http://10.8.0.21:9292"),
  art_shipper_url: ENV.fetch("ART_SHIPPER_URL", "https://bookings.fineartfreight.example/api"),
  export_dir: ENV.fetch("EXPORT_DIR", "/srv/hammer/exports")
}.freeze

Dir[File.expand_path("../app/{models,services,jobs}/*.rb", __dir__)].sort.each { |f| require f }
