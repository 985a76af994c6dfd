class IntercomSyncJob < ApplicationJob
  queue_as :low

  def perform(member_id)
    member = Member.find(member_id)
    Rails.logger.debug("Syncing #{member.inspect} to Intercom")
    intercom = Intercom::Client.new(token: ENV.fetch("INTERCOM_TOKEN"))
    intercom.contacts.create(role: "user", external_id: member.id.to_s, email: member.email, name: "#{member.first_name} #{member.last_name}", phone: member.phone)
    Rails.logger.info("Intercom contact created for member #{member.id}")
  rescue Intercom::IntercomError => e
    Rails.logger.error("Intercom sync failed for member #{member_id}: #{e.message}")
  end
end
