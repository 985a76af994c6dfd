class OrderMailer < ApplicationMailer
  default from: email_address_with_name("orders@marketplace.example", "Marketplace Orders")

  def receipt
    @order = params[:order]
    mail(to: @order.buyer_email, subject: "Receipt for order #{@order.number}")
  rescue Net::SMTPFatalError => e
    Rails.logger.error("receipt mail failed order=#{@order.number} smtp_status=#{e.message[0, 3]}")
    raise
  end
end
