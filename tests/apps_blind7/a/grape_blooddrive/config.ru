# frozen_string_literal: true

require_relative 'config/environment'

use Rack::RequestId if defined?(Rack::RequestId)
use BloodDrive::Middleware::RequestLogger, BloodDrive.logger
use Sentry::Rack::CaptureExceptions
run BloodDrive::API::Root
