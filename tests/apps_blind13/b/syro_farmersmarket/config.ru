require_relative "lib/market/app"

use Rack::CommonLogger, Logging.logger["rack"]
run Market::App
