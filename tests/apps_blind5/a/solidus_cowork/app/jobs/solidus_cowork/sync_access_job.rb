# frozen_string_literal: true

module SolidusCowork
  class SyncAccessJob < ::ActiveJob::Base
    queue_as :default
    retry_on Faraday::ConnectionFailed, wait: :polynomially_longer, attempts: 5

    def perform(booking_id)
      booking = DeskBooking.includes(:user, :space).find(booking_id)
      badge_id = AccessControlClient.new.grant(booking.user, booking)
      booking.update_columns(badge_id: badge_id)
      Rails.logger.info("[cowork] access synced booking=#{booking.id} badge=#{badge_id} space=#{booking.space.name}")
    rescue ActiveRecord::RecordNotFound
      Rails.logger.warn("[cowork] booking #{booking_id} vanished before access sync")
    end
  end
end
