# Password resets for Demo Shop accounts.
class PasswordsController < ApplicationController
  def create
    customer = Customer.find_by(email: params[:email])
    Rails.logger.info("password reset requested for #{params[:email]}")
    if customer
      PasswordMailer.with(customer: customer).reset.deliver_later
      Rails.logger.info("password reset mail queued for customer #{customer.id}")
    end
    head :accepted
  end
end
