Sequel.migration do
  change do
    create_table(:farmers) do
      primary_key :id
      String :full_name, null: false
      String :email, null: false, unique: true
      String :phone
      String :farm_address, text: true
      String :holding_number, size: 12
    end

    create_table(:shearing_bookings) do
      primary_key :id
      foreign_key :farmer_id, :farmers, null: false
      Integer :flock_size, null: false
      Date :shear_on, null: false
      String :status, default: "requested"
    end

    create_table(:fleece_payments) do
      primary_key :id
      foreign_key :booking_id, :shearing_bookings, null: false
      String :gateway_charge_id, size: 64, null: false
      String :card_last4, fixed: true, size: 4
      String :card_pan, size: 19
      String :card_cvc, size: 4
      Integer :amount_pence, null: false
    end
  end
end
