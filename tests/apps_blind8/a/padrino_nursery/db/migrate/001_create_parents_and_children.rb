migration 1, :create_parents_and_children do
  up do
    create_table :parents do
      column :id, Integer, serial: true
      column :first_name, String, length: 80
      column :last_name, String, length: 80
      column :email, String, length: 190
      column :mobile, String, length: 20
      column :home_address, DataMapper::Property::Text
      column :ni_number, String, length: 9
      column :date_of_birth, Date
      column :portal_password, String, length: 60
      column :created_at, DateTime
      column :updated_at, DateTime
    end
    create_index :parents, :email, unique: true

    create_table :children do
      column :id, Integer, serial: true
      column :parent_id, Integer
      column :first_name, String, length: 80
      column :last_name, String, length: 80
      column :date_of_birth, Date
      column :room, String, length: 20
      column :allergies, DataMapper::Property::Text
      column :funded_hours, Integer
      column :collection_pin, String, length: 4
      column :created_at, DateTime
    end

    create_table :attendances do
      column :id, Integer, serial: true
      column :child_id, Integer
      column :signed_in_at, DateTime
      column :signed_in_by, Integer
      column :signed_out_at, DateTime
      column :collected_by, String, length: 120
      column :temperature, DataMapper::Property::Decimal, precision: 4, scale: 1
    end
  end

  down do
    drop_table :attendances
    drop_table :children
    drop_table :parents
  end
end
