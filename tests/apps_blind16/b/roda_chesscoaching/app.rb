require "roda"
require_relative "lib/chessclub/settings"
require_relative "lib/chessclub/logging"
require_relative "lib/chessclub/db"
require_relative "lib/chessclub/member"
require_relative "lib/chessclub/http"
require_relative "lib/chessclub/vendors/encharge"
require_relative "lib/chessclub/vendors/gladly"
require_relative "lib/chessclub/vendors/federation"
require_relative "jobs/charge_retry_job"
require_relative "jobs/rating_sync_job"

module GambitClub
  class App < Roda
    plugin :json
    plugin :json_parser
    plugin :all_verbs
    plugin :hash_branches
    plugin :error_handler do |e|
      GambitClub.request_logger(request.env).error("request failed: #{e.message}")
      GambitClub.request_logger(request.env).error("request failed", error: e.class.name)
      response.status = e.is_a?(ArgumentError) ? 422 : 500
      { error: response.status == 422 ? "invalid" : "internal" }
    end

    Dir[File.join(__dir__, "routes", "*.rb")].each { |f| require f }

    route do |r|
      r.hash_branches
    end
  end
end
