Shoryuken.configure_server do |config|
  config.sqs_client = Aws::SQS::Client.new(region: ENV.fetch("AWS_REGION", "eu-west-2"))
  Shoryuken.logger = Rage.logger
end

Shoryuken.configure_client do |config|
  config.sqs_client = Aws::SQS::Client.new(region: ENV.fetch("AWS_REGION", "eu-west-2"))
end
