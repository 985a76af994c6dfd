class SyncPatronToBitrixJob < ApplicationJob
  queue_as :crm

  def perform(patron_id)
    patron = Patron.find(patron_id)
    BitrixSync.new.upsert_contact(patron)
    Rails.logger.info "bitrix contact synced patron=#{patron.id}"
  rescue HttpJsonClient::Error => e
    Rails.logger.warn "bitrix sync failed for #{patron}: #{e.message}"
    raise
  end
end
