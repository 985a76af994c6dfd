class Guardian < ApplicationRecord
  devise :database_authenticatable, :registerable, :recoverable, :rememberable, :validatable, :confirmable

  has_many :jumpers, dependent: :destroy
  has_many :party_bookings, dependent: :restrict_with_error
  has_one :membership, dependent: :destroy

  validates :full_name, :phone, presence: true

  after_create_commit :sync_to_customerio
  after_update_commit :log_contact_change, if: -> { saved_change_to_phone? || saved_change_to_full_name? }

  def to_s
    "Guardian ##{id}"
  end

  private

  def sync_to_customerio
    CustomerioClient.new.identify(self)
  end

  def log_contact_change
    Rails.logger.info("guardian #{id} contact changed: #{saved_changes.slice('full_name', 'phone').inspect}")
  end
end
