# frozen_string_literal: true

module SolidusCowork
  class DeskBooking < ::Spree::Base
    self.table_name = 'solidus_cowork_desk_bookings'

    belongs_to :user, class_name: ::Spree::UserClassHandle.new
    belongs_to :order, class_name: 'Spree::Order', optional: true
    belongs_to :space, class_name: 'SolidusCowork::Space'

    enum status: { pending: 0, confirmed: 1, checked_in: 2, cancelled: 3 }

    validates :starts_at, :ends_at, presence: true
    validate :ends_after_start

    after_commit :grant_access, on: :update, if: -> { saved_change_to_status?(to: 'confirmed') }

    scope :today, -> { where(starts_at: Time.current.all_day) }

    private

    def ends_after_start
      errors.add(:ends_at, :invalid) if ends_at && starts_at && ends_at <= starts_at
    end

    def grant_access
      SolidusCowork::SyncAccessJob.perform_later(id)
    end
  end
end
