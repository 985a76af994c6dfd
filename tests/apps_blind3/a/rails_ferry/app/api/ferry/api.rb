module Ferry
  class API < Grape::API
    format :json
    prefix :api
    version "v1", using: :path

    helpers do
      def correlation_id
        @correlation_id ||= headers["X-Correlation-Id"] || SecureRandom.uuid
      end

      def logger
        Rails.logger
      end
    end

    rescue_from Mongoid::Errors::DocumentNotFound do |e|
      error!({ error: "not_found" }, 404)
    end

    rescue_from :all do |e|
      Rails.logger.error("unhandled #{e.class}: #{e.message}")
      error!({ error: "internal_error" }, 500)
    end

    mount Ferry::Bookings
    mount Ferry::Passengers
  end
end
