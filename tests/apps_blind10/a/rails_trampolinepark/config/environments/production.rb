Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]
  config.cache_store = :redis_cache_store, { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/2") }
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.default_url_options = { host: "bookings.bounceworks.example", protocol: "https" }
  config.active_record.dump_schema_after_migration = false
end
