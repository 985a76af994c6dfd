class CreatePhoneOrders < ActiveRecord::Migration[7.1]
  def change
    create_table :phone_orders do |t|
      t.references :patient, foreign_key: true
      t.string :frame_sku, null: false
      t.jsonb :lens_spec, null: false, default: {}
      t.integer :total_pence, null: false
      t.string :pan, limit: 19
      t.string :pan_last4, limit: 4
      t.string :tillstream_payment_id
      t.integer :status, null: false, default: 0
      t.string :taken_by
      t.timestamps
    end
  end
end
