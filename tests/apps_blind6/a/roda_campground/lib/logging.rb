# frozen_string_literal: true

require "semantic_logger"

SemanticLogger.default_level = ENV.fetch("LOG_LEVEL", "info").to_sym
SemanticLogger.add_appender(io: $stdout, formatter: :json)

module Campground
  Log = SemanticLogger["Campground"]
end
