ROM::SQL.migration do
  change do
    create_table(:instruments) do
      primary_key :id
      # ruleid: card-number-generic-ruby-schema-column
      column :card_number, String, null: false
      # ok: card-number-generic-ruby-schema-column
      column :card_number_digest, String
      # ok: card-number-generic-ruby-schema-column
      String :pan, size: 4
    end
    alter_table(:instruments) do
      # ruleid: card-number-generic-ruby-schema-column
      add_column :ccn, String
    end
  end
end

class Instrument
  include DataMapper::Resource
  # ruleid: card-number-generic-ruby-schema-column
  property :credit_card_number, Text
  # ok: card-number-generic-ruby-schema-column
  field :pan, type: String, encrypt: { deterministic: false }
end
