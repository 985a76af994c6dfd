class ApplicationJob < ActiveJob::Base
  retry_on Faraday::ServerError, wait: :polynomially_longer, attempts: 5
end
