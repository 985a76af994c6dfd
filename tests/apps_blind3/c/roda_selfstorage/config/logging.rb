# frozen_string_literal: true

require "semantic_logger"

SemanticLogger.default_level = ENV.fetch("LOG_LEVEL", "info").to_sym
SemanticLogger.application = "storeit"
SemanticLogger.add_appender(io: $stdout, formatter: :json)
SemanticLogger.add_appender(file_name: "log/payments.log", formatter: :default)
