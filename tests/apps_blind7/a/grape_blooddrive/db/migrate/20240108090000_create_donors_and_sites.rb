# frozen_string_literal: true

class CreateDonorsAndSites < ActiveRecord::Migration[7.1]
  def change
    create_table :donors do |t|
      t.string :email, null: false, limit: 254
      t.string :first_name, null: false, limit: 80
      t.string :last_name, null: false, limit: 80
      t.date :date_of_birth, null: false
      t.string :mobile, limit: 32
      t.boolean :mobile_verified, null: false, default: false
      t.string :national_id, limit: 510
      t.string :blood_group, limit: 3
      t.boolean :sms_opt_in, null: false, default: false
      t.boolean :email_bounced, null: false, default: false
      t.date :last_donated_on
      t.string :api_token, null: false, limit: 40
      t.timestamps
    end
    add_index :donors, 'lower(email)', unique: true
    add_index :donors, :api_token, unique: true

    create_table :sites do |t|
      t.string :name, null: false
      t.string :address, null: false
      t.string :wifi_mac_address, limit: 17
      t.timestamps
    end

    create_table :appointments do |t|
      t.references :donor, null: false, foreign_key: true
      t.references :session_site, null: false, foreign_key: { to_table: :sites }
      t.datetime :slot_at, null: false
      t.datetime :attended_at
      t.integer :status, null: false, default: 0
      t.string :donation_ref, null: false, limit: 10
      t.timestamps
    end
  end
end
