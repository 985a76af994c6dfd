class Booking
  include Mongoid::Document
  include Mongoid::Timestamps

  STATUSES = %w[held confirmed cancelled boarded].freeze

  field :reference, type: String
  field :route_code, type: String
  field :sailing_at, type: Time
  field :vehicle_plate, type: String
  field :cabin, type: String
  field :total_cents, type: Integer
  field :status, type: String, default: "held"

  belongs_to :passenger
  embeds_one :payment_detail

  index({ reference: 1 }, { unique: true })

  validates :status, inclusion: { in: STATUSES }

  before_create { self.reference ||= "FB#{SecureRandom.random_number(10**14).to_s.rjust(14, '0')}" }
end
