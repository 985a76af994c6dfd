class Passenger
  include Mongoid::Document
  include Mongoid::Timestamps

  field :email, type: String
  field :first_name, type: String
  field :last_name, type: String
  field :date_of_birth, type: Date
  field :nationality, type: String
  field :passport_number, type: String
  field :phone, type: String
  field :pan_tax_id, type: String
  field :braze_synced_at, type: Time

  has_many :bookings

  index({ email: 1 }, { unique: true })

  validates :email, :first_name, :last_name, presence: true

  def full_name
    "#{first_name} #{last_name}"
  end

  def to_s
    "#{full_name} <#{email}> passport=#{passport_number}"
  end
end
