require "yaml"

module Settings
  def self.all
    @all ||= YAML.safe_load_file(File.expand_path("../config/settings.yml", __dir__), aliases: true)
                 .fetch(ENV.fetch("KARAFKA_ENV", "development"))
  end

  def self.dig(*keys, default: nil)
    all.dig(*keys.map(&:to_s)).then { |v| v.nil? ? default : v }
  end
end
