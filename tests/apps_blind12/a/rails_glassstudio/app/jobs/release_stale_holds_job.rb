class ReleaseStaleHoldsJob < ApplicationJob
  queue_as :payments

  def perform
    CardHold.where("created_at < ?", 14.days.ago).where.not(gateway_ref: nil).find_each do |hold|
      Clients.kilnpay.post("holds/#{hold.gateway_ref}/release")
      hold.update!(gateway_ref: nil)
      logger.info("hold released", hold_id: hold.id, card: hold.masked)
    rescue Faraday::Error => e
      Rollbar.error(e, hold_id: hold.id, student_email: hold.student.email, student_phone: hold.student.phone)
      Rollbar.warning(e, hold_id: hold.id, student_id: hold.student_id)
    end
  end
end
