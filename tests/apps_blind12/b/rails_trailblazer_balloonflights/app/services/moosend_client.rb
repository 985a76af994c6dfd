require "digest"

class MoosendClient
  LIST_ID = Rails.configuration.x.services.dig(:moosend, :list_id)

  def subscribe(passenger)
    body = { Email: passenger.email, Name: passenger.full_name,
             CustomFields: ["Phone=#{passenger.phone}", "WeightKg=#{passenger.weight_kg}"] }
    Http::MOOSEND["subscribers/#{LIST_ID}/subscribe.json?apikey=#{ENV['MOOSEND_API_KEY']}"].post(body.to_json)
  end

  def flown_event(passenger, flight_id)
    body = { Email: Digest::SHA256.hexdigest(passenger.email), CustomFields: ["LastFlight=#{flight_id}"] }
    Http::MOOSEND["subscribers/#{LIST_ID}/update/#{passenger.id}.json?apikey=#{ENV['MOOSEND_API_KEY']}"].post(body.to_json)
  end
end
