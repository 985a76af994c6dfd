# frozen_string_literal: true

namespace :lessons do
  desc "Send reminders for lessons in the next 24 hours (run hourly by cron)"
  task remind: :environment do
    app = Hanami.app
    repo = app["repos.lesson_repo"]
    mailer = app["notifications.mailer"]
    logger = app["logger"]
    sent = 0

    repo.upcoming.each do |lesson|
      guardian = lesson.student.guardian
      begin
        mailer.lesson_reminder(guardian, lesson)
        sent += 1
      rescue StandardError => e
        logger.error("reminder failed", lesson_id: lesson.id, guardian_id: guardian.id, error: e.class.name)
      end
    end
    logger.info("lesson reminders sent", count: sent)
  end

  desc "Charge finished lessons"
  task charge: :environment do
    app = Hanami.app
    op = app["operations.charge_lesson"]
    app["repos.lesson_repo"].finished_unbilled.each do |lesson|
      result = op.call(lesson: lesson, rate_pence: 3600)
      app["repos.lesson_repo"].mark(lesson.id, result.success? ? "billed" : "billing_failed")
    end
  end
end
