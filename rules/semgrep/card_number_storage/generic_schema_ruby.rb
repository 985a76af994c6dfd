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

class HoldRepo
  def keep(card_number:, booking_id:)
    holds.changeset(
      :create,
      booking_id: booking_id,
      # ruleid: card-number-generic-ruby-relation-write
      card_no: card_number.delete(" "),
    ).commit
    # ruleid: card-number-generic-ruby-relation-write
    DB[:holds].insert(booking_id: booking_id, cc_number: card_number)
    # ok: card-number-generic-ruby-relation-write
    holds.changeset(:create, card_no_last4: card_number[-4..]).commit
    # ok: card-number-generic-ruby-relation-write
    Hold.insert(card_no: card_number)
  end
end

class CreateDepositCards < ActiveRecord::Migration[7.1]
  def change
    create_table :deposit_cards do |t|
      t.references :repair_order, null: false
      # ruleid: card-number-ruby-number-beside-security-code
      t.string :number, null: false, limit: 19
      t.string :cvc, limit: 4
    end
    create_table :gift_cards do |t|
      # ok: card-number-ruby-number-beside-security-code
      t.string :number, null: false
      t.string :pin, limit: 6
    end
    create_table :hold_cards do |t|
      t.string :cvc, limit: 4
      # ok: card-number-ruby-number-beside-security-code
      t.string :number, limit: 4
    end
  end
end
