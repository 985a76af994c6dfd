# frozen_string_literal: true

Sequel.migration do
  change do
    create_table(:tenants) do
      primary_key :id
      String :first_name, null: false
      String :last_name, null: false
      String :email, null: false, unique: true
      String :phone, size: 32
      String :id_document_number, size: 40
      Date :date_of_birth
      String :address_line, size: 200
      String :intercom_user_id, size: 64
      DateTime :created_at, default: Sequel::CURRENT_TIMESTAMP
    end

    create_table(:units) do
      primary_key :id
      String :code, size: 12, null: false, unique: true
      Integer :size_sqft
      foreign_key :tenant_id, :tenants
      String :access_pin_digest, size: 64
    end
  end
end
