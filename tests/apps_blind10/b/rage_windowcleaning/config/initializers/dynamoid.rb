Dynamoid.configure do |config|
  config.namespace = "clearpane_#{Rage.env}"
  config.region = ENV.fetch("AWS_REGION", "eu-west-2")
  config.timestamps = true
  config.store_datetime_as_string = true
  config.create_table_on_save = false
  config.logger = Rage.logger
  config.logger.level = Logger::WARN
end
