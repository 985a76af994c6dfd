# frozen_string_literal: true

ROM::SQL.migration do
  change do
    create_table :guardians do
      primary_key :id
      column :full_name, String, null: false
      column :email, String, null: false, unique: true
      column :phone, String, size: 32
      column :phone_verified, TrueClass, default: false
      column :postal_address, String, text: true
      column :created_at, DateTime, null: false
    end

    create_table :students do
      primary_key :id
      foreign_key :guardian_id, :guardians, on_delete: :cascade
      column :first_name, String, null: false
      column :year_group, Integer
      column :date_of_birth, Date
      column :notes, String, text: true
    end

    create_table :tutors do
      primary_key :id
      column :display_name, String, null: false
      column :email, String, null: false
      column :subjects, "text[]", default: Sequel.pg_array([], :text)
      column :hourly_rate_pence, Integer, null: false
    end

    create_table :lessons do
      primary_key :id
      foreign_key :student_id, :students
      foreign_key :tutor_id, :tutors
      column :starts_at, DateTime, null: false
      column :duration_minutes, Integer, null: false
      column :room_name, String, size: 64
      column :status, String, size: 16, default: "scheduled"
    end
  end
end
