class CreateJumpers < ActiveRecord::Migration[7.1]
  def change
    create_table :jumpers do |t|
      t.references :guardian, null: false, foreign_key: true
      t.string :first_name, null: false
      t.string :last_name, null: false
      t.date :date_of_birth, null: false
      t.text :medical_notes
      t.boolean :waiver_signed, null: false, default: false
      t.timestamps
    end
  end
end
