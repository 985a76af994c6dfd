# frozen_string_literal: true

module Spree
  module Api
    class DeskBookingsController < Spree::Api::BaseController
      def index
        authorize! :read, SolidusCowork::DeskBooking
        bookings = current_api_user.desk_bookings.includes(:space).order(:starts_at)
        render json: bookings.map { |b| serialize(b) }
      end

      def create
        authorize! :create, SolidusCowork::DeskBooking
        space = SolidusCowork::Space.find(params[:space_id])
        day = Date.parse(params.require(:date))
        unless space.available_on?(day)
          Rails.logger.info("[api] space full space=#{space.id} date=#{day} user=#{current_api_user.id}")
          return render json: { error: 'space_full' }, status: :unprocessable_entity
        end
        booking = current_api_user.desk_bookings.create!(
          space: space,
          starts_at: day.beginning_of_day + 8.hours,
          ends_at: day.beginning_of_day + 19.hours
        )
        Rails.logger.info("[api] desk booked booking=#{booking.id} space=#{space.id} user=#{current_api_user.id}")
        render json: serialize(booking), status: :created
      end

      def destroy
        booking = current_api_user.desk_bookings.find(params[:id])
        booking.cancelled!
        SolidusCowork::BookingMailer.cancelled(booking).deliver_later
        Rails.logger.info("[api] booking cancelled booking=#{booking.id} badge=#{booking.badge_id}")
        head :no_content
      end

      private

      def serialize(booking)
        { id: booking.id, space: booking.space.name, starts_at: booking.starts_at, status: booking.status }
      end
    end
  end
end
