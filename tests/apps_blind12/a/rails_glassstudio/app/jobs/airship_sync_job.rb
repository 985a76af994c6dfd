class AirshipSyncJob < ApplicationJob
  queue_as :integrations

  def perform(student_id)
    student = Student.find(student_id)
    AirshipClient.new.set_attributes(student)
    logger.info("airship attributes synced", student_id: student.id)
  rescue Faraday::Error => e
    logger.error("airship sync failed for #{student}", status: e.response&.dig(:status))
    raise
  end
end
