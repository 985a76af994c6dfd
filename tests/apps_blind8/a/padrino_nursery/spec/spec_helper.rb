RACK_ENV = 'test' unless defined?(RACK_ENV)
require File.expand_path('../config/boot', __dir__)

RSpec.configure do |config|
  config.include Rack::Test::Methods

  config.before(:suite) { DataMapper.auto_migrate! }
  config.before(:each) do
    [Invoice, FeeCard, Child, Parent].each(&:destroy!)
  end
end

def app(app = nil, &blk)
  @app ||= block_given? ? app.instance_eval(&blk) : app
  @app ||= Padrino.application
end
