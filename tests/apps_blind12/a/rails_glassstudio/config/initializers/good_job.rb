Rails.application.configure do
  config.good_job.max_threads = 5
  config.good_job.queues = "payments:2;integrations:2;*"
  config.good_job.enable_cron = true
  config.good_job.cron = {
    release_stale_holds: { cron: "15 3 * * *", class: "ReleaseStaleHoldsJob" }
  }
  config.good_job.on_thread_error = ->(e) { Rollbar.error(e) }
end
