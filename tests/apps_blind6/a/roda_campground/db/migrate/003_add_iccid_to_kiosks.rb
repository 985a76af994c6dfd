# frozen_string_literal: true

Sequel.migration do
  change do
    create_table(:kiosks) do
      primary_key :id
      String :label
      String :sim_iccid, size: 22
      String :ip_address
    end
  end
end
