class WaterLabClient
  include HTTParty
  base_uri Rails.configuration.x.partners[:water_lab][:base_uri]
  format :json

  def self.book_sample(rental)
    post("/samples", body: {
      site_contact: rental.customer.full_name,
      site_phone: rental.customer.phone,
      site_address: "#{rental.customer.address_line}, #{rental.customer.postcode}",
      collect_on: rental.ends_on.iso8601,
      tub_model: rental.tub_model
    })
  end
end
