Sequel.migration do
  change do
    create_table(:traders) do
      primary_key :id
      String :business_name, null: false
      String :contact_name, null: false
      String :email, null: false, unique: true
      String :phone
      String :home_address, text: true
      String :hygiene_rating, size: 1
      Date :date_of_birth
      DateTime :created_at
      DateTime :updated_at
    end

    create_table(:stall_bookings) do
      primary_key :id
      foreign_key :trader_id, :traders
      Date :market_day, null: false
      String :pitch, size: 6, null: false
      Integer :fee_pence, null: false
      String :status, default: "provisional"
      DateTime :created_at
      DateTime :updated_at
    end
  end
end
