class BrazeSyncJob
  include Sidekiq::Job
  sidekiq_options queue: :marketing, retry: 5

  BRAZE_URL = ENV.fetch("BRAZE_REST_ENDPOINT", "https://rest.fra-02.braze.eu")

  def perform(passenger_id)
    passenger = Passenger.find(passenger_id)
    attributes = {
      external_id: passenger.id.to_s,
      email: passenger.email,
      first_name: passenger.first_name,
      last_name: passenger.last_name,
      phone: passenger.phone,
      dob: passenger.date_of_birth&.iso8601,
      home_city: nil
    }

    response = braze.post("/users/track", { attributes: [attributes] })
    if response.success?
      passenger.set(braze_synced_at: Time.current)
      Sidekiq.logger.info("braze sync ok passenger=#{passenger.id}")
    else
      Sidekiq.logger.warn("braze sync failed passenger=#{passenger.id} status=#{response.status}")
    end
  end

  def braze
    @braze ||= Faraday.new(url: BRAZE_URL) do |f|
      f.request :json
      f.request :authorization, "Bearer", ENV.fetch("BRAZE_API_KEY")
    end
  end
end
