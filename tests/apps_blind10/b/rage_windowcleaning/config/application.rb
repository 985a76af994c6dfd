require "bundler/setup"
require "rage"
Bundler.require(*Rage.groups)

require "rage/all"

Rage.configure do
  config.logger = Rage::Logger.new($stdout)
  config.log_formatter = Rage::JSONFormatter.new
  config.log_level = Logger::INFO

  config.server.workers_count = -1
  config.middleware.use Appsignal::Rack::GenericInstrumentation
end

require "rage/setup"
