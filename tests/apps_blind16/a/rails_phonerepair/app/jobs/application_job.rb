class ApplicationJob < ActiveJob::Base
  retry_on Faraday::ServerError, Faraday::ConnectionFailed, wait: :polynomially_longer, attempts: 5
  discard_on ActiveJob::DeserializationError
end
