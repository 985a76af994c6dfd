class ApplicationJob < ActiveJob::Base
  retry_on RestClient::ServiceUnavailable, wait: :polynomially_longer, attempts: 5
end
