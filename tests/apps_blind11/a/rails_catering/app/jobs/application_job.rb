class ApplicationJob < ActiveJob::Base
  include SemanticLogger::Loggable
end
