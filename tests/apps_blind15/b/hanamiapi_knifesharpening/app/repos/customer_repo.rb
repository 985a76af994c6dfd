module Edgewise
  class CustomerRepo
    def create(attrs)
      Edgewise.with_db do |conn|
        conn.exec_params(
          "INSERT INTO customers (name, email, phone, address) VALUES ($1, $2, $3, $4) RETURNING id",
          attrs.values_at("name", "email", "phone", "address")
        ).first["id"].to_i
      end
    end

    def find(id)
      Edgewise.with_db do |conn|
        row = conn.exec_params("SELECT * FROM customers WHERE id = $1", [id]).first
        row && Customer.from_row(row)
      end
    end

    def link_kommo(id, kommo_id)
      Edgewise.with_db { |c| c.exec_params("UPDATE customers SET kommo_id = $1 WHERE id = $2", [kommo_id, id]) }
    end
  end
end
