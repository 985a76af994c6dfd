require "karafka"
require_relative "lib/settings"
require_relative "lib/log"
require_relative "lib/http_clients"
require_relative "app/models"
Dir[File.join(__dir__, "app/services/*.rb")].each { |f| require f }
require_relative "app/consumers/application_consumer"
Dir[File.join(__dir__, "app/consumers/*.rb")].each { |f| require f }

class KarafkaApp < Karafka::App
  setup do |config|
    config.kafka = { "bootstrap.servers": Settings.dig(:kafka, :bootstrap_servers) }
    config.client_id = "cheviot_woolmill"
    config.logger = Log.root
  end

  Karafka.monitor.subscribe(Karafka::Instrumentation::LoggerListener.new)

  routes.draw do
    topic :farmer_signups do
      consumer FarmerSignupsConsumer
    end

    topic :shearing_bookings do
      consumer ShearingBookingsConsumer
    end

    topic :wool_clips do
      consumer WoolClipConsumer
    end

    topic :fleece_payments do
      consumer FleecePaymentsConsumer
    end

    topic :fleece_payments_retry do
      consumer PaymentRetriesConsumer
      config(partitions: 1, "retention.ms": 604_800_000)
    end
  end
end
