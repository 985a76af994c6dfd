Delayed::Worker.destroy_failed_jobs = false
Delayed::Worker.max_attempts = 8
Delayed::Worker.max_run_time = 10.minutes
Delayed::Worker.logger = Logger.new(Rails.root.join("log", "delayed_job.log"))
