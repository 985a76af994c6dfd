# frozen_string_literal: true

module BloodDrive
  module Middleware
    # Access log in one line per request; bodies are only dumped for the debug level.
    class RequestLogger
      FILTERED = %w[password card_number cvv national_id].freeze

      def initialize(app, logger)
        @app = app
        @logger = logger
      end

      def call(env)
        started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
        request = Rack::Request.new(env)
        status, headers, body = @app.call(env)
        elapsed = ((Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000).round(1)
        @logger.info(
          "method=#{request.request_method} path=#{request.path} status=#{status} " \
          "duration_ms=#{elapsed} ip=#{request.ip} request_id=#{env['HTTP_X_REQUEST_ID']}"
        )
        if @logger.debug? && request.post?
          request.body.rewind
          @logger.debug("body=#{request.body.read}")
          request.body.rewind
        end
        [status, headers, body]
      end

      private

      def filtered(params)
        params.to_h { |k, v| [k, FILTERED.include?(k.to_s) ? '[FILTERED]' : v] }
      end
    end
  end
end
