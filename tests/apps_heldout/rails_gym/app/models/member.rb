class Member < ApplicationRecord
  has_secure_password
  has_many :memberships, dependent: :destroy
  has_one :billing_profile, dependent: :destroy

  encrypts :national_id
  encrypts :email, deterministic: true

  validates :email, presence: true, uniqueness: true
  validates :date_of_birth, presence: true

  after_create_commit :sync_to_intercom

  def display_name
    "#{first_name} #{last_name.to_s.first}."
  end

  private

  def sync_to_intercom
    IntercomSyncJob.perform_later(id)
  end
end
