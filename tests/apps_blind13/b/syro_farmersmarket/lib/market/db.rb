require "sequel"
require_relative "settings"

module Market
  DB = Sequel.connect(ENV.fetch("DATABASE_URL") { Settings.all["database_url"] })
  DB.extension :pg_json
  Sequel::Model.plugin :timestamps, update_on_create: true
end
