class ApplicationConsumer < Karafka::BaseConsumer
end
