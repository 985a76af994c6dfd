# frozen_string_literal: true

module SolidusCowork
  class Space < ::Spree::Base
    self.table_name = 'solidus_cowork_spaces'

    has_many :desk_bookings, class_name: 'SolidusCowork::DeskBooking', dependent: :restrict_with_error

    validates :name, :access_zone, presence: true
    validates :capacity, numericality: { greater_than: 0 }

    def available_on?(day)
      desk_bookings.where(starts_at: day.all_day).where.not(status: :cancelled).count < capacity
    end

    def to_s
      "#{name} (#{address})"
    end
  end
end
