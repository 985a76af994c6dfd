require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.force_ssl = true
  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")
  config.logger = ActiveSupport::TaggedLogging.logger($stdout)
  config.solid_queue.preserve_finished_jobs = true
  config.solid_queue.clear_finished_jobs_after = 30.days
  config.active_record.dump_schema_after_migration = false
end
