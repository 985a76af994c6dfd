# frozen_string_literal: true

module SolidusCowork
  # A card a member keeps on file for the monthly house-account run.
  class MemberCard < ::Spree::PaymentSource
    self.table_name = 'solidus_cowork_member_cards'

    belongs_to :user, class_name: ::Spree::UserClassHandle.new, optional: true

    encrypts :number
    attr_accessor :encrypted_data

    validates :month, :year, :name, presence: true
    validates :verification_value, length: { in: 3..4 }, allow_blank: true

    before_save :set_last_digits

    def display_number
      "XXXX-XXXX-XXXX-#{last_digits}"
    end

    def reusable?
      gateway_customer_profile_id.present?
    end

    def to_s
      "MemberCard##{id} (#{cc_type} #{display_number})"
    end

    private

    def set_last_digits
      self.last_digits = number.to_s.gsub(/\D/, '').last(4) if number.present?
    end
  end
end
