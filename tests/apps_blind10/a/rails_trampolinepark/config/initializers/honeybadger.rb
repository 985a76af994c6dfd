Honeybadger.configure do |config|
  config.api_key = ENV["HONEYBADGER_API_KEY"]
  config.env = Rails.env
  config.request.filter_keys += %w[card_number cvv]
  config.send_data_at_exit = true
end
