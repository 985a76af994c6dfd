require "sequel"

DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

Sequel::Model.plugin :timestamps, update_on_create: true

class Rider < Sequel::Model
  one_to_many :deposits
  one_to_many :rentals

  def to_s
    "Rider##{id}"
  end
end

class Deposit < Sequel::Model
  many_to_one :rider
end

class Rental < Sequel::Model
  many_to_one :rider
  many_to_one :deposit
end

class Membership < Sequel::Model
  plugin :column_encryption do |enc|
    enc.key 0, ENV.fetch("SEQUEL_COLUMN_KEY")
    enc.column :pan
  end
  many_to_one :rider
end
