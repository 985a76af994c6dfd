require "erb"
require "json"
require "yaml"
require "ohm"
require "lumberjack"

module Hawkwalk
  ENV_NAME = ENV.fetch("RACK_ENV", "development")

  def self.settings
    @settings ||= YAML.safe_load(ERB.new(File.read(File.expand_path("../config/settings.yml", __dir__))).result, aliases: true).fetch(ENV_NAME)
  end

  def self.logger
    @logger ||= Lumberjack::Logger.new(settings["log_path"], level: :info, template: ":time :severity :progname [:tags] :message")
  end
end

Ohm.redis = Redic.new(Hawkwalk.settings["redis_url"])

require_relative "hawkwalk/models/guest"
require_relative "hawkwalk/models/experience"
require_relative "hawkwalk/models/voucher"
require_relative "hawkwalk/clients/http"
require_relative "hawkwalk/clients/gateway"
require_relative "hawkwalk/clients/vendors"
require_relative "hawkwalk/clients/estate_office"
require_relative "hawkwalk/workers/publisher"
require_relative "hawkwalk/notifier"
require_relative "hawkwalk/app"
require_relative "hawkwalk/webhooks"
