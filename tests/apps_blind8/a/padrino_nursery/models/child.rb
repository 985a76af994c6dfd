class Child
  include DataMapper::Resource

  property :id,               Serial
  property :first_name,       String, required: true
  property :last_name,        String, required: true
  property :date_of_birth,    Date, required: true
  property :room,             String, length: 20
  property :allergies,        Text
  property :funded_hours,     Integer, default: 0
  property :collection_pin,   String, length: 4
  property :created_at,       DateTime

  belongs_to :parent

  def age_in_months
    ((Date.today - date_of_birth) / 30.44).floor
  end
end

class Attendance
  include DataMapper::Resource

  property :id,            Serial
  property :signed_in_at,  DateTime, required: true
  property :signed_in_by,  Integer
  property :signed_out_at, DateTime
  property :collected_by,  String, length: 120
  property :temperature,   Decimal, precision: 4, scale: 1

  belongs_to :child
end
