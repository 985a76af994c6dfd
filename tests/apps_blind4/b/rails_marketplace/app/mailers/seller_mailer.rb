class SellerMailer < ApplicationMailer
  SUSPENSION_TEMPLATE_ID = "seller-suspended-v3".freeze

  def suspended
    @seller = params[:seller]
    mail(to: @seller.email, subject: "Your shop #{@seller.shop_name} has been suspended",
         template_name: SUSPENSION_TEMPLATE_ID)
  end

  def payout_sent
    @seller = params[:seller]
    @amount = params[:amount_cents] / 100.0
    mail(to: email_address_with_name(@seller.email, @seller.contact_name), subject: "Payout on its way")
  end
end
