class Customer < ApplicationRecord
  has_many :rentals, dependent: :restrict_with_error

  normalizes :email, with: ->(e) { e.strip.downcase }
  normalizes :postcode, with: ->(p) { p.upcase.squish }

  validates :full_name, :email, :phone, :address_line, :postcode, presence: true

  def first_name
    full_name.split(" ").first
  end

  def to_s
    "#{full_name} <#{email}>"
  end
end
