Sequel.migration do
  change do
    alter_table(:charges) do
      # ruleid: card-security-code-generic-ruby-schema-column
      add_column :cvv2, String, size: 4
      # ok: card-security-code-generic-ruby-schema-column
      add_column :cvv_checked, TrueClass
    end
  end
end
