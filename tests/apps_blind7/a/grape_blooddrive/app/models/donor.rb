# frozen_string_literal: true

class Donor < ActiveRecord::Base
  BLOOD_GROUPS = %w[O- O+ A- A+ B- B+ AB- AB+].freeze

  has_many :appointments, dependent: :destroy
  has_many :gifts, class_name: 'CashGift', dependent: :nullify

  encrypts :national_id, deterministic: true

  validates :email, presence: true, uniqueness: { case_sensitive: false }
  validates :blood_group, inclusion: { in: BLOOD_GROUPS }, allow_nil: true

  scope :eligible, -> { where('last_donated_on IS NULL OR last_donated_on < ?', 12.weeks.ago) }

  def display_name
    "#{first_name} #{last_name.to_s[0]}."
  end
end
