class FarmerSignupsConsumer < ApplicationConsumer
  def consume
    messages.each do |message|
      log = Log.for_message(message)
      data = message.payload
      log.info("farmer signup received", data)
      farmer = Farmer.create(full_name: data["full_name"], email: data["email"], phone: data["phone"],
                             farm_address: data["farm_address"], holding_number: data["holding_number"])
      log.info("farmer created", farmer_id: farmer.id)
      log.debug("farmer record #{farmer.inspect}")
      DriftContacts.new.upsert(farmer)
      LeanplumEvents.new.signup(farmer)
    rescue Sequel::UniqueConstraintViolation
      log.warn("duplicate farmer #{data["email"]} / #{data["holding_number"]}")
    end
  end
end
