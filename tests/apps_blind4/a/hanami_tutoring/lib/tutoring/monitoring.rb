# frozen_string_literal: true

require "dry/monitor/notifications"

module Tutoring
  # Subscribes to ROM SQL notifications and logs slow queries (statement text only, bind values omitted).
  module Monitoring
    SLOW_MS = Integer(ENV.fetch("SLOW_QUERY_MS", "250"))

    def self.install(app)
      notifications = app["notifications"]
      logger = app["logger"]

      notifications.subscribe(:sql) do |event|
        ms = (event[:time] * 1000).round(1)
        next if ms < SLOW_MS

        logger.warn("slow query", duration_ms: ms, sql: event[:query].gsub(/\s+/, " ")[0, 500], name: event[:name])
      end

      notifications.subscribe("rack.request.stop") do |event|
        env = event[:env]
        logger.info("request", method: env["REQUEST_METHOD"], path: env["PATH_INFO"], status: event[:status],
                               request_id: env["HTTP_X_REQUEST_ID"], remote_ip: env["REMOTE_ADDR"])
      end
    end
  end
end
