require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.ssl_options = { redirect: { exclude: ->(request) { request.path == "/up" } } }

  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
  config.log_tags = [:request_id]
  config.logger = ActiveSupport::TaggedLogging.logger($stdout)

  config.cache_store = :redis_cache_store, { url: ENV["REDIS_CACHE_URL"], namespace: "mk-cache" }
  config.active_job.queue_adapter = :sidekiq

  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: ENV.fetch("SMTP_ADDRESS", "email-smtp.eu-west-1.amazonaws.com"),
    port: 587,
    user_name: ENV["SMTP_USERNAME"],
    password: ENV["SMTP_PASSWORD"],
    authentication: :login,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "marketplace.example", protocol: "https" }

  config.active_record.encryption.primary_key = ENV["AR_ENCRYPTION_PRIMARY_KEY"]
  config.active_record.encryption.key_derivation_salt = ENV["AR_ENCRYPTION_SALT"]
  config.active_record.dump_schema_after_migration = false
  config.i18n.fallbacks = true
end
