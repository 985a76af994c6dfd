RACK_ENV = ENV['RACK_ENV'] ||= 'development' unless defined?(RACK_ENV)
PADRINO_ROOT = File.expand_path('..', __dir__) unless defined?(PADRINO_ROOT)

require 'bundler/setup'
Bundler.require(:default, RACK_ENV)

Padrino::Logger::Config[:production] = { log_level: :info, stream: :to_file }
Padrino::Logger::Config[:development] = { log_level: :debug, stream: :stdout, format_datetime: '%F %T' }

Padrino.before_load do
  Padrino.dependency_paths << Padrino.root('lib/**/*.rb')
end

Padrino.after_load do
  DataMapper.finalize
  Airbrake.configure do |c|
    c.project_id = ENV.fetch('AIRBRAKE_PROJECT_ID', 0).to_i
    c.project_key = ENV['AIRBRAKE_PROJECT_KEY']
    c.environment = RACK_ENV
    c.blocklist_keys = [/password/i, /token/i]
  end
end

Padrino.configure_apps do
  set :session_secret, ENV.fetch('SESSION_SECRET') { SecureRandom.hex(32) }
  set :protection, except: :path_traversal
end

Padrino.mount('Nursery::App', app_file: Padrino.root('app/app.rb')).to('/')

Padrino.load!
