class ClassBooking < ApplicationRecord
  belongs_to :student

  enum :status, { reserved: "reserved", paid: "paid", cancelled: "cancelled" }, default: :reserved
end
