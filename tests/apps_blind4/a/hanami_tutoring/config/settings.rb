# frozen_string_literal: true

module Tutoring
  class Settings < Hanami::Settings
    setting :database_url, constructor: Types::String
    setting :log_level, default: "info", constructor: Types::String

    # Mail
    setting :smtp_host, default: "smtp.postmarkapp.com", constructor: Types::String
    setting :smtp_port, default: 587, constructor: Types::Params::Integer
    setting :mail_from, default: "lessons@brightminds.example", constructor: Types::String
    setting :support_email, default: "help@brightminds.example", constructor: Types::String
    setting :lesson_reminder_template, default: "lesson-reminder-v4", constructor: Types::String

    # Payments (Adyen)
    setting :adyen_api_key, constructor: Types::String.optional
    setting :adyen_merchant_account, default: "BrightMindsECOM", constructor: Types::String
    setting :adyen_checkout_url, default: "https://checkout-test.adyen.com/v71", constructor: Types::String

    # Product analytics
    setting :posthog_api_key, constructor: Types::String.optional
    setting :posthog_host, default: "https://eu.i.posthog.com", constructor: Types::String

    # Video lessons: self-hosted classroom server in the office rack
    setting :classroom_api_url, default: "http://classroom.brightminds.lan:7880/api", constructor: Types::String
    setting :classroom_api_secret, constructor: Types::String.optional

    setting :feature_group_lessons, default: false, constructor: Types::Params::Bool
  end
end
