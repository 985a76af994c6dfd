Rails.application.configure do
  config.good_job.execution_mode = :external
  config.good_job.retry_on_unhandled_error = false
  config.good_job.preserve_job_records = true
  config.good_job.on_thread_error = ->(exception) { Rails.logger.error("good_job thread error", exception) }
end
