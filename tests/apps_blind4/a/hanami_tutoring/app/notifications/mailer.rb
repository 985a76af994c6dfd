# frozen_string_literal: true

require "mail"

module Tutoring
  module Notifications
    class Mailer
      include Deps["settings", "logger"]

      def welcome(guardian)
        deliver(to: guardian.email, subject: "Welcome to Bright Minds",
                body: "Hello #{guardian.full_name},\n\nYour account is ready.", template: "welcome-v2")
      end

      def lesson_reminder(guardian, lesson)
        deliver(to: guardian.email, subject: "Lesson tomorrow at #{lesson.starts_at.strftime('%H:%M')}",
                body: "Join here: https://brightminds.example/rooms/#{lesson.room_name}",
                template: settings.lesson_reminder_template)
      end

      private

      def deliver(to:, subject:, body:, template:)
        mail = Mail.new do
          to to
          subject subject
          body body
        end
        mail.from = settings.mail_from
        mail.delivery_method :smtp, address: settings.smtp_host, port: settings.smtp_port, enable_starttls_auto: true
        mail.deliver!
        logger.info("mail delivered", template: template, message_id: mail.message_id)
      rescue Net::SMTPError, Errno::ECONNREFUSED => e
        logger.error("mail delivery failed", template: template, smtp_host: settings.smtp_host, error: e.message)
        raise
      end
    end
  end
end
