Sequel.migration do
  change do
    create_table(:preauths) do
      primary_key :id
      # ruleid: card-security-code-sequel-column
      String :cvv, size: 4
      # ruleid: card-security-code-sequel-column
      Integer :card_cvc
      # ruleid: card-security-code-sequel-column
      column :cvc2, String, size: 4
      # ok: card-security-code-sequel-column
      TrueClass :cvv_checked
      # ok: card-security-code-sequel-column
      String :cvc_result, size: 1
      # card-security-code-sequel-column matches here and the record gate (scanner/code/records.py) drops it
      # ruleid: card-security-code-sequel-column
      String :verification_code, size: 6
    end
    alter_table(:preauths) do
      # ruleid: card-security-code-sequel-column
      add_column :card_security_code, String
    end
  end
end
