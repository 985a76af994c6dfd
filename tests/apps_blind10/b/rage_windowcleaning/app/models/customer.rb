class Customer
  include Dynamoid::Document

  table name: :customers, key: :id, read_capacity: 5, write_capacity: 5

  field :name
  field :email
  field :phone
  field :address
  field :postcode
  field :round_id
  field :frequency_weeks, :integer, default: 4
  field :gate_code
  field :key_safe_code
  field :conservatory, :boolean, default: false
  field :notes

  global_secondary_index hash_key: :round_id, projected_attributes: :all
  global_secondary_index hash_key: :email, projected_attributes: :keys_only

  validates_presence_of :name, :address, :postcode
  validates_format_of :email, with: /\A[^@\s]+@[^@\s]+\z/, allow_blank: true

  def to_s
    "#{name} <#{email}> #{postcode}"
  end

  def ref
    "customer:#{id}"
  end
end
