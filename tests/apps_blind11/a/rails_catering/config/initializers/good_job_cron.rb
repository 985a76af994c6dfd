Rails.application.configure do
  config.good_job.enable_cron = true
  config.good_job.cron = {
    purge_declined_cvc: {
      cron: "15 3 * * *",
      class: "PurgeCardCodesJob",
      description: "Blank card codes on deposits older than a day"
    },
    tasting_reminders: {
      cron: "0 9 * * *",
      class: "TastingReminderJob"
    }
  }
end
