# frozen_string_literal: true

class CreateSolidusCoworkDeskBookings < SolidusSupport::Migration[7.0]
  def change
    create_table :solidus_cowork_spaces do |t|
      t.string :name, null: false
      t.string :address
      t.string :access_zone, null: false
      t.integer :capacity, null: false, default: 1
      t.timestamps
    end

    create_table :solidus_cowork_desk_bookings do |t|
      t.references :user, null: false, index: true
      t.references :order, index: true
      t.references :space, null: false, index: true
      t.datetime :starts_at, null: false
      t.datetime :ends_at, null: false
      t.integer :status, null: false, default: 0
      t.string :badge_id
      t.timestamps
    end

    add_column :spree_users, :phone, :string
    add_column :spree_users, :company_name, :string
    add_column :spree_users, :membership_tier, :string, default: 'flex'
    add_column :spree_users, :hubspot_contact_id, :string
  end
end
