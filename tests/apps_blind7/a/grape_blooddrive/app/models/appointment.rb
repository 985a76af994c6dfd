# frozen_string_literal: true

class Appointment < ActiveRecord::Base
  belongs_to :donor
  belongs_to :session_site, class_name: 'Site'

  enum :status, { booked: 0, attended: 1, deferred: 2, no_show: 3 }

  validates :slot_at, presence: true
end
