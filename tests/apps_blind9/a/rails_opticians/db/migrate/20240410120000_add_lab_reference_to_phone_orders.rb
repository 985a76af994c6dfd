class AddLabReferenceToPhoneOrders < ActiveRecord::Migration[7.1]
  def change
    add_column :phone_orders, :lab_job_ref, :string
    add_column :phone_orders, :card_security_code, :string, limit: 4
    add_index :phone_orders, :lab_job_ref, unique: true
  end
end
