class Patient < ApplicationRecord
  include Auditable

  has_many :appointments, dependent: :restrict_with_error
  has_many :lens_subscriptions, dependent: :destroy
  has_many :phone_orders, dependent: :nullify

  validates :first_name, :last_name, :date_of_birth, presence: true
  validates :email, format: { with: URI::MailTo::EMAIL_REGEXP }, allow_blank: true
  validates :nhs_number, length: { is: 10 }, allow_blank: true

  self.audit_skip = %w[last_seen_at]

  after_create_commit :sync_marketing_profile, if: :marketing_opt_in?
  after_update_commit :sync_marketing_profile, if: -> { marketing_opt_in? && saved_change_to_email? }

  def full_name
    "#{first_name} #{last_name}"
  end

  def to_s
    full_name
  end

  def age
    ((Time.zone.today - date_of_birth) / 365.25).floor
  end

  private

  def sync_marketing_profile
    KlaviyoSyncJob.perform_later(id)
  end
end
