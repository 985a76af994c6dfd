class ApplicationJob < ActiveJob::Base
  retry_on ActiveRecord::Deadlocked
  discard_on ActiveJob::DeserializationError

  around_perform do |job, block|
    SemanticLogger.tagged(job: job.class.name, job_id: job.job_id) { block.call }
  end
end
