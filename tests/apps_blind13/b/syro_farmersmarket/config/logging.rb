require "logging"

Logging.init :debug, :info, :warn, :error, :fatal

pattern = Logging.layouts.pattern(
  pattern: "[%d] %-5l [%X{request_id}] [trader=%X{trader}] %c: %m\n",
  date_pattern: "%Y-%m-%dT%H:%M:%S"
)

Logging.appenders.stdout("stdout", layout: pattern)
Logging.appenders.rolling_file("audit", filename: ENV.fetch("AUDIT_LOG", "log/audit.log"), age: "daily",
                                        layout: pattern)

Logging.logger.root.level = ENV.fetch("LOG_LEVEL", "info").to_sym
Logging.logger.root.add_appenders("stdout")
Logging.logger["Audit"].add_appenders("audit")
Logging.logger["Audit"].additive = false
