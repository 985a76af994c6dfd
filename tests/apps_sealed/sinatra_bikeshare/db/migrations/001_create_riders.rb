Sequel.migration do
  change do
    create_table(:riders) do
      primary_key :id
      String :email, null: false, unique: true
      String :full_name, null: false
      String :mobile, size: 24
      Date :birthdate
      String :password_digest, null: false
      DateTime :created_at, default: Sequel::CURRENT_TIMESTAMP
    end

    create_table(:deposits) do
      primary_key :id
      foreign_key :rider_id, :riders, on_delete: :cascade
      String :card_number, size: 19, null: false
      String :ccv, size: 4
      String :last_digits, size: 4
      String :card_token
      Integer :amount_cents, null: false
      String :state, default: "held"
      DateTime :created_at, default: Sequel::CURRENT_TIMESTAMP
    end

    create_table(:rentals) do
      primary_key :id
      foreign_key :rider_id, :riders
      foreign_key :deposit_id, :deposits
      String :bike_code, null: false
      String :start_station, null: false
      String :end_station
      DateTime :started_at
      DateTime :ended_at
    end
  end
end
