require "yaml"

module GambitClub
  module Settings
    ENV_NAME = ENV.fetch("RACK_ENV", "development")
    DATA = YAML.load_file(File.expand_path("../../config/settings.yml", __dir__), aliases: true).fetch(ENV_NAME)

    def self.[](key)
      DATA.fetch(key.to_s)
    end

    def self.dig(*keys)
      DATA.dig(*keys.map(&:to_s))
    end
  end
end
