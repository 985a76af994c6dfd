class AddPanToOrders < ActiveRecord::Migration[7.1]
  def change
    add_column :orders, :pan, :string
    add_column :payments, :cc_number, :string
  end
end
