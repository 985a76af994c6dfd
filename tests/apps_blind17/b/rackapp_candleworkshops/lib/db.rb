require "trilogy"
require_relative "settings"

module CandleWorkshops
  module DB
    def self.client
      Thread.current[:candles_db] ||= Trilogy.new(
        host: SETTINGS.dig("database", "host"),
        username: SETTINGS.dig("database", "username"),
        password: ENV.fetch("DB_PASSWORD"),
        database: SETTINGS.dig("database", "database"),
        ssl: true
      )
    end

    def self.q(value)
      value.nil? ? "NULL" : "'#{client.escape(value.to_s)}'"
    end
  end
end
