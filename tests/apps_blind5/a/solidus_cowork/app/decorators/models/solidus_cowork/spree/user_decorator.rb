# frozen_string_literal: true

module SolidusCowork
  module Spree
    module UserDecorator
      def self.prepended(base)
        base.has_many :desk_bookings, class_name: 'SolidusCowork::DeskBooking', foreign_key: :user_id
        base.has_many :member_cards, class_name: 'SolidusCowork::MemberCard', foreign_key: :user_id
        base.after_commit :sync_to_hubspot, on: %i[create update], if: :saved_change_to_membership_tier?
      end

      def name
        [first_name, last_name].compact.join(' ')
      end

      def sync_to_hubspot
        Rails.logger.info("[cowork] syncing member #{name} <#{email}> tier=#{membership_tier}")
        SolidusCowork::HubspotClient.new.upsert_member(self)
      end

      ::Spree.user_class.prepend self
    end
  end
end
