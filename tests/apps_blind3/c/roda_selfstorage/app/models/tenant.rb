# frozen_string_literal: true

class Tenant < Sequel::Model(:tenants)
  one_to_many :autopay_cards
  one_to_many :units

  plugin :timestamps, update_on_create: true
  plugin :validation_helpers

  def validate
    super
    validates_presence %i[first_name last_name email]
    validates_format(/\A[^@\s]+@[^@\s]+\z/, :email)
  end

  def full_name
    "#{first_name} #{last_name}"
  end

  def to_s
    "#<Tenant #{id} #{full_name} #{email} #{phone}>"
  end
end
