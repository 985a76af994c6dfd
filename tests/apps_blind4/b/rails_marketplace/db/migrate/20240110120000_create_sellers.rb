class CreateSellers < ActiveRecord::Migration[7.1]
  def change
    create_table :sellers do |t|
      t.string :shop_name, null: false
      t.string :email, null: false, index: { unique: true }
      t.string :contact_name
      t.string :phone
      t.boolean :phone_verified, default: false, null: false
      t.string :tax_id
      t.string :webhook_url
      t.string :stripe_account_id
      t.timestamps
    end

    create_table :orders do |t|
      t.references :seller, null: false, foreign_key: true
      t.string :number, null: false, index: { unique: true }
      t.string :buyer_email, null: false
      t.string :shipping_name
      t.text :shipping_address
      t.integer :total_cents, null: false
      t.string :payment_intent_id
      t.string :card_last4, limit: 4
      t.string :card_brand
      t.string :status, default: "pending", null: false
      t.timestamps
    end
  end
end
