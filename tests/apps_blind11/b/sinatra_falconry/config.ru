require_relative "lib/hawkwalk"

use Hawkwalk::Webhooks
run Hawkwalk::App
