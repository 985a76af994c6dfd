require_relative "app/boot"
require "rack/contrib"

use Rack::JSONBodyParser
use Edgewise::RequestContext
run Edgewise::API.new
