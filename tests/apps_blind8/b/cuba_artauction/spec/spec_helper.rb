# frozen_string_literal: true

ENV["RACK_ENV"] = "test"
ENV["SESSION_SECRET"] ||= "x" * 64
ENV["AR_ENCRYPTION_PRIMARY_KEY"] ||= "test-primary-key-0123456789abcdef"
ENV["AR_ENCRYPTION_DETERMINISTIC_KEY"] ||= "test-deterministic-key-0123456789"
ENV["AR_ENCRYPTION_SALT"] ||= "test-salt-0123456789abcdef"

require "rack/test"
require "webmock/rspec"
require_relative "../config/boot"
require_relative "../app"

WebMock.disable_net_connect!

RSpec.configure do |config|
  config.around do |example|
    ActiveRecord::Base.transaction do
      example.run
      raise ActiveRecord::Rollback
    end
  end
  config.before { Que::Job.run_synchronously = true }
  config.after { Que::Job.run_synchronously = false }
end
