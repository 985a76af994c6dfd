# frozen_string_literal: true

require 'bundler/setup'
require 'logger'
require 'active_record'
require 'grape'
require 'sentry-ruby'
require_relative 'settings'

ActiveRecord::Base.establish_connection(BloodDrive.settings.database_url)
ActiveRecord::Base.logger = BloodDrive.logger if ENV['SQL_DEBUG']

Sentry.init do |config|
  config.dsn = BloodDrive.settings.sentry_dsn
  config.send_default_pii = true
  config.traces_sample_rate = 0.1
  config.breadcrumbs_logger = [:sentry_logger]
end

Dir[File.join(__dir__, '..', 'app', '**', '*.rb')].sort.each { |f| require f }
Dir[File.join(__dir__, '..', 'lib', '**', '*.rb')].sort.each { |f| require f }
