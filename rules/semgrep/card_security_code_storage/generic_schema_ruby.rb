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

class HoldRepo
  def keep(cvc:, booking_id:)
    # ruleid: card-security-code-generic-ruby-relation-write
    holds.changeset(:create, booking_id: booking_id, cvc2: cvc).commit
    # ok: card-security-code-generic-ruby-relation-write
    holds.changeset(:update, cvc2: nil).commit
  end
end
