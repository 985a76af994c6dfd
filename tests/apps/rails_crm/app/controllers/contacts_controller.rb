class ContactsController < ApplicationController
  def create
    @contact = Contact.new(contact_params)
    Rails.logger.info("new contact #{params[:email]}") # expect: pii_logging
    logger.info("contact #{@contact.inspect}") # expect: pii_logging
    logger.info("contact created id=#{@contact.id}")
    logger.debug("card #{params[:card_number]}") # expect: card_data_logging
    logger.info("card ending #{mask_pan(params[:card_number])}")
    @contact.save!
    redirect_to @contact
  end

  private

  def fetch_remote
    http = Net::HTTP.new("crm.example.com", 443)
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE # expect: insecure_transport
  end
end
