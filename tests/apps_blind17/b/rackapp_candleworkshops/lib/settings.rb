require "yaml"

module CandleWorkshops
  SETTINGS = YAML.safe_load_file(File.expand_path("../config/settings.yml", __dir__))
end
