# frozen_string_literal: true

require "faraday"
require "digest"

module Tutoring
  module Services
    # Minimal PostHog capture client (the Ruby SDK pulls in concurrent-ruby threads we do not want in Puma).
    class PosthogClient
      include Deps["settings", "logger"]

      def capture(distinct_id:, event:, properties: {})
        post("/capture/", {
          api_key: settings.posthog_api_key,
          event: event,
          distinct_id: distinct_id.to_s,
          properties: properties
        })
      end

      def identify(guardian)
        post("/capture/", {
          api_key: settings.posthog_api_key,
          event: "$identify",
          distinct_id: guardian.id.to_s,
          properties: {
            "$set" => {
              email: guardian.email,
              name: guardian.full_name,
              phone: guardian.phone
            }
          }
        })
      end

      def alias_hashed_email(guardian)
        capture(distinct_id: guardian.id, event: "$create_alias",
                properties: {alias: Digest::SHA256.hexdigest(guardian.email.downcase)})
      end

      private

      def post(path, body)
        return if settings.posthog_api_key.nil?

        Faraday.new(url: settings.posthog_host).post(path, body.to_json, "Content-Type" => "application/json")
      rescue Faraday::Error => e
        logger.warn("posthog capture failed", error: e.class.name, path: path)
        nil
      end
    end
  end
end
