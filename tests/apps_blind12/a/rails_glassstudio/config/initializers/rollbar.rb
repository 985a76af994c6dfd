Rollbar.configure do |config|
  config.access_token = ENV["ROLLBAR_ACCESS_TOKEN"]
  config.environment = Rails.env
  config.person_method = "current_student"
  config.person_id_method = "id"
  config.person_username_method = "full_name"
  config.person_email_method = "email"
  config.scrub_fields |= [:card_number, :cvc]
end
