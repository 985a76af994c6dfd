Rails.application.configure do
  config.good_job.execution_mode = :external
  config.good_job.max_threads = 5
  config.good_job.enable_cron = true
  config.good_job.cron = {
    purge_settled_walk_ins: { cron: "15 3 * * *", class: "PurgeSettledWalkInsJob" }
  }
end
