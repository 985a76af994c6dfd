# frozen_string_literal: true

require "hanami"

module Tutoring
  class App < Hanami::App
    config.logger.level = ENV.fetch("LOG_LEVEL", "info").to_sym
    config.logger.stream = $stdout
    config.logger.formatter = :json
    config.logger.filters = config.logger.filters + %w[password password_confirmation token encrypted_card]

    config.actions.sessions = :cookie, {
      key: "tutoring.session",
      secret: settings.session_secret,
      expire_after: 60 * 60 * 24 * 14
    }
  end
end
