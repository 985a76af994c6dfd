module Edgewise
  Customer = Struct.new(:id, :name, :email, :phone, :address, keyword_init: true) do
    def self.from_row(row)
      new(id: row["id"].to_i, name: row["name"], email: row["email"], phone: row["phone"], address: row["address"])
    end

    def first_name = name.to_s.split.first
  end

  VanCard = Struct.new(:job_id, :card_number, :cvc, :exp, :amount_pence, keyword_init: true) do
    def last4 = card_number.to_s[-4..]

    def inspect = "#<VanCard job=#{job_id} ****#{last4}>"
    alias_method :to_s, :inspect
  end
end
