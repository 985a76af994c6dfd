class SignupsController < ApplicationController
  def create
    email = params[:email]
    # ruleid: pii-logging-ruby
    Rails.logger.info("new signup #{email}")
    # ruleid: pii-logging-ruby
    logger.info "phone #{@user.phone_number}"
    # ruleid: pii-logging-ruby
    logger.warn("ssn lookup failed for #{params[:ssn]}")
    # ok: pii-logging-ruby
    logger.info("signup #{@user.id}")
    # ruleid: pii-logging-ruby
    Rails.logger.debug { "signup form #{email}" }
    # ok: pii-logging-ruby
    Rails.logger.debug { "signup for account #{@user.id}" }
    # ok: pii-logging-ruby
    logger.info("signup #{mask_email(email)}")
    # ok: pii-logging-ruby
    logger.info("email given: #{email.present?}")
    # ruleid: pii-logging-ruby-whole-object, pii-logging-ruby-record-with-personal-fields
    logger.info("updated #{@user.inspect}")
    # ruleid: pii-logging-ruby-whole-object
    Rails.logger.debug(customer.to_json)
    # ok: pii-logging-ruby-whole-object
    logger.info("updated #{@user.id}")
    # ruleid: pii-logging-ruby-request-body
    logger.debug(params)
    # ok: pii-logging-ruby-request-body
    logger.debug(params[:id])
    # ruleid: pii-logging-ruby-ip-with-identity, pii-logging-ruby
    logger.info("login #{current_user.email} from #{request.remote_ip}")
    # ok: pii-logging-ruby-ip-with-identity
    logger.info("request from #{request.remote_ip}")
  end
end

class PasswordsController < ApplicationController
  def create
    customer = Customer.find_by(email: params[:email])
    # ok: pii-logging-ruby
    Rails.logger.info("password reset mail queued for customer #{customer.id}")
    # ruleid: pii-logging-ruby
    Rails.logger.info("password reset mail queued for #{customer.email}")
  end
end

class CardsController < ApplicationController
  def create
    # ok: pii-logging-ruby-request-body
    logger.debug(params)
    Gateway.store(params[:card_number])
  end
end

class MailReceiver
  def receive(sender_email)
    @user = User.find_by_mail(sender_email)
    # ruleid: pii-logging-ruby
    logger.info "ignoring mail from inactive user [#{@user.login}]"
    # ruleid: pii-logging-ruby
    logger.info "ignoring mail from [#{sender_email}]"
    # ruleid: pii-logging-ruby
    logger.info "ignoring reply from [#{email.from.first}]"
    user = User.new(email: sender_email)
    # ok: pii-logging-ruby
    logger.error "could not create user: #{user.errors.full_messages}" unless user.save
  end
end

class MemberSyncJob < ApplicationJob
  def perform(member_id)
    member = Member.find(member_id)
    # ruleid: pii-logging-ruby-person-record, pii-logging-ruby-whole-object
    Rails.logger.debug("syncing #{member.inspect}")
    plan = Plan.find(member.plan_id)
    # ok: pii-logging-ruby-person-record
    Rails.logger.debug("plan #{plan.inspect}")
    # ok: pii-logging-ruby-person-record
    Rails.logger.debug("syncing member #{member.id}")
  end
end

class ApiAuth
  def current(username, password)
    user = User.try_to_login(username, password)
    # ruleid: pii-logging-ruby
    logger.info("api user #{user.login} (id=#{user.id})") if user
  end
end

# Grape's declared(params) and a raw body read in a Rack middleware are the request body.
post do
  # ruleid: pii-logging-ruby-request-body
  logger.debug("registration params: #{declared(params).inspect}")
  # ruleid: pii-logging-ruby-request-body
  @logger.debug("body=#{request.body.read}")
  # ok: pii-logging-ruby-request-body
  logger.debug("registration for #{declared(params)[:blood_group]}")
end

class ReminderJob
  def perform(booking)
    Mailer.remind(booking.contact_email)
    # ruleid: pii-logging-ruby-record-with-personal-fields
    @logger.warn("reminder sent: #{booking.inspect}")
    # ok: pii-logging-ruby-record-with-personal-fields
    @logger.warn("reminder sent for booking #{booking.id}")
  end
end

class TaggedRequestLogs < ApplicationController
  def with_patient_tags(&block)
    # ruleid: pii-logging-ruby
    Rails.logger.tagged("store:#{store_code}", "patient:#{current_patient.email}", &block)
  end

  def with_id_tags(&block)
    # ok: pii-logging-ruby
    Rails.logger.tagged("store:#{store_code}", "patient:#{current_patient.id}", &block)
  end
end

def update_contact(member, body)
  changes = body.slice("email", "mobile")
  # ok: pii-logging-ruby
  logger.info("member #{member.id} changed #{changes.keys.join(', ')}")
  # ruleid: pii-logging-ruby
  logger.info("member #{member.id} changed to #{changes.values.join(', ')}")
  lapsed = Member.where(:date_of_birth.lt => cutoff)
  # ok: pii-logging-ruby
  logger.info("#{lapsed.count} members to renew")
  # ruleid: pii-logging-ruby
  logger.info("renew #{lapsed.map(&:email).join(', ')}")
end

class AccountsController < ApplicationController
  private

  def append_info_to_payload(payload)
    super
    # ok: pii-logging-ruby-instrumentation-payload
    payload[:user_id] = current_user&.id
    # ruleid: pii-logging-ruby-instrumentation-payload
    payload[:user_contact] = current_user&.phone
    # ruleid: pii-logging-ruby-instrumentation-payload
    payload[:email] = current_user.email
  end

  def audit_payload(payload)
    # ok: pii-logging-ruby-instrumentation-payload
    payload[:email] = current_user.email
  end
end

def update_patron(patron, show)
  patron.update!(patron_params)
  # ruleid: pii-logging-ruby
  Rails.logger.info("patron #{patron.id} changed: #{patron.saved_changes}")
  # ok: pii-logging-ruby
  Rails.logger.info("show #{show.id} changed: #{show.saved_changes}")
end

class IntakeController < ApplicationController
  def create
    # ruleid: pii-logging-ruby-request-body
    Rails.logger.info("intake request #{params.to_unsafe_h.except(:authenticity_token)}")
  end
end
