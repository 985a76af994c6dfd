require "yaml"

module Market
  module Settings
    ENV_NAME = ENV.fetch("RACK_ENV", "development")

    def self.all
      @all ||= YAML.load_file(File.expand_path("../../config/settings.yml", __dir__), aliases: true)
                   .fetch(ENV_NAME) { YAML.load_file(File.expand_path("../../config/settings.yml", __dir__),
                                                     aliases: true)["default"] }
    end

    def self.[](key)
      all.fetch(key.to_s, {})
    end
  end
end
