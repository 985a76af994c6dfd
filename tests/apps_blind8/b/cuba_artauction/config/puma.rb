# frozen_string_literal: true

max_threads = Integer(ENV.fetch("PUMA_MAX_THREADS", 5))
threads max_threads, max_threads
workers Integer(ENV.fetch("WEB_CONCURRENCY", 2))
port ENV.fetch("PORT", 9292)
environment ENV.fetch("RACK_ENV", "development")
preload_app!

before_fork do
  ActiveRecord::Base.connection_pool.disconnect! if defined?(ActiveRecord)
end

on_worker_boot do
  ActiveRecord::Base.establish_connection if defined?(ActiveRecord)
end

lowlevel_error_handler do |error, env|
  Honeybadger.notify(error, context: { path: env["PATH_INFO"] })
  [500, { "Content-Type" => "application/json" }, ['{"error":"internal"}']]
end
