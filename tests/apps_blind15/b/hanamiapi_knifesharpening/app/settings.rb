require "yaml"

module Edgewise
  module Settings
    DEFAULTS = {
      "gateway" => { "verify_ssl" => true },
      "steel_supplier" => { "verify_ssl" => false },
      "log_path" => "log/edgewise.log"
    }.freeze

    def self.all
      @all ||= begin
        env = ENV.fetch("RACK_ENV", "development")
        loaded = YAML.load_file(File.expand_path("../config/settings.yml", __dir__), aliases: true).fetch(env)
        DEFAULTS.merge(loaded) { |_k, d, l| d.is_a?(Hash) ? d.merge(l) : l }
      end
    end

    def self.[](key) = all.fetch(key)
  end
end
