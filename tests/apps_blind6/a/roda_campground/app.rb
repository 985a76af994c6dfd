# frozen_string_literal: true

require "roda"
require "sequel"
require_relative "config"
require_relative "lib/logging"

module Campground
  DB = Sequel.connect(Config::DATABASE_URL, logger: SemanticLogger["Sequel"])
  DB.sql_log_level = :debug

  class App < Roda
    plugin :json
    plugin :all_verbs
    plugin :hash_branches
    plugin :error_handler do |e|
      Log.error("unhandled error", exception: e.class.name, path: request.path)
      response.status = 500
      { error: "internal" }
    end

    Dir[File.join(__dir__, "models", "*.rb")].each { |f| require f }
    Dir[File.join(__dir__, "lib", "*.rb")].each { |f| require f }
    Dir[File.join(__dir__, "routes", "*.rb")].each { |f| require f }

    route do |r|
      r.get("health") { { status: "ok", db: DB.test_connection } }
      r.post "login" do
        Log.info("login attempt", email: r.POST["email"], password: r.POST["password"])
        r.halt(501)
      end
      r.hash_branches
    end
  end
end
