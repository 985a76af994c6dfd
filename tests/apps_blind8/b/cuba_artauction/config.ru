require_relative "config/boot"
require_relative "app"

use Rack::CommonLogger, APP_LOG
run Cuba
