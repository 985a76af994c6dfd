Sequel.migration do
  change do
    create_table(:memberships) do
      primary_key :id
      foreign_key :rider_id, :riders, on_delete: :cascade
      String :plan, null: false
      String :pan, text: true
      String :passport_no, size: 20
      Date :renews_on
    end

    alter_table(:riders) do
      add_column :email_sha256, String, size: 64
    end
  end
end
