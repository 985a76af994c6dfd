# frozen_string_literal: true

Sequel.migration do
  up do
    alter_table(:autopay_cards) do
      add_column :cvn, String, size: 4
      add_column :vault_token, String, size: 64
      add_column :bin6, String, size: 6
    end

    run <<~SQL
      CREATE TABLE lockout_notices (
        id SERIAL PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (id),
        reference_no VARCHAR(16) NOT NULL,
        sent_at TIMESTAMP
      )
    SQL
  end

  down do
    drop_table(:lockout_notices)
    alter_table(:autopay_cards) do
      drop_column :cvn
      drop_column :vault_token
      drop_column :bin6
    end
  end
end
