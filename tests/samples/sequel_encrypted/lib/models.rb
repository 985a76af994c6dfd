require "sequel"

class Member < Sequel::Model(:members)
  plugin :column_encryption do |enc|
    enc.key 0, ENV.fetch("SEQUEL_COLUMN_KEY")
    enc.column :card_number
    enc.column :security_code
  end
end

class Voucher < Sequel::Model
  plugin :column_encryption do |enc|
    enc.key 0, ENV.fetch("SEQUEL_COLUMN_KEY")
    enc.column :holder_email
  end
end
