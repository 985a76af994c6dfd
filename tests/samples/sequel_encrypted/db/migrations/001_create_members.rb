Sequel.migration do
  change do
    create_table(:members) do
      primary_key :id
      String :card_number, size: 400
      String :security_code, size: 400
    end

    create_table(:vouchers) do
      primary_key :id
      String :holder_email
      String :card_number, size: 19
    end
  end
end
