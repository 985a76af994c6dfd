require "sneakers"
require_relative "../lib/hawkwalk"

Sneakers.configure(
  amqp: Hawkwalk.settings["amqp_url"],
  exchange: "hawkwalk",
  exchange_type: :direct,
  durable: true,
  ack: true,
  workers: 2,
  prefetch: 4,
  log: Hawkwalk.logger,
  retry_max_times: 5
)
Sneakers.logger.level = Logger::INFO
