# frozen_string_literal: true

Sequel.migration do
  change do
    create_table(:campers) do
      primary_key :id
      String :name, null: false
      String :email, null: false, unique: true
      String :phone
      Date :date_of_birth
      String :street_address
      TrueClass :email_confirmed, default: false
      DateTime :created_at
    end

    create_table(:sites) do
      primary_key :id
      String :loop_name, size: 20
      Integer :number
      TrueClass :hookup, default: false
    end

    create_table(:reservations) do
      primary_key :id
      foreign_key :camper_id, :campers
      foreign_key :site_id, :sites
      String :confirmation_number, size: 12, unique: true
      Date :check_in
      Date :check_out
      String :status, default: "pending"
      String :payment_intent_id
    end
  end
end
