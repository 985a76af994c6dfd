class CreatePayments < ActiveRecord::Migration[7.1]
  def change
    create_table :payments do |t|
      # ruleid: card-number-rails-column
      t.string :card_number
      # ruleid: card-number-rails-column
      t.string :cc_num, null: false
      # ok: card-number-rails-column
      t.string :card_last4, limit: 4
      # ok: card-number-rails-column
      t.string :card_number, limit: 4
      # ok: card-number-rails-column
      t.string :card_token
    end
    # ruleid: card-number-rails-column
    add_column :orders, :pan, :string
  end
end

ActiveRecord::Schema[7.1].define(version: 2024_01_01_000000) do
  create_table "cards", force: :cascade do |t|
    # ruleid: card-number-rails-column
    t.string "credit_card_number"
    # ok: card-number-rails-column
    t.string "masked_number"
  end
end

class StoredCard < Sequel::Model
  plugin :column_encryption do |enc|
    enc.key 0, ENV.fetch("CARD_COLUMN_KEY")
    # ok: card-number-rails-column
    enc.column :card_number
  end
end

require "dalli"

class CheckoutDrafts
  def initialize
    @mc = Dalli::Client.new("localhost:11211")
  end

  def keep(order_id, card)
    # ruleid: card-number-cache-write-ruby
    @mc.set("draft:#{order_id}", { digits: card[:number], exp: card[:exp] }.to_json, 900)
    # ok: card-number-cache-write-ruby
    @mc.set("draft:#{order_id}", { last4: card[:number][-4..], exp: card[:exp] }.to_json, 900)
    # ok: card-number-cache-write-ruby
    @mc.set("draft-token:#{order_id}", card[:token])
  end

  def keep_rails(order, payment)
    # ruleid: card-number-cache-write-ruby
    Rails.cache.write("retry/#{order.id}", payment.card_number, expires_in: 10.minutes)
    # ok: card-number-cache-write-ruby
    Rails.cache.write("retry/#{order.id}", payment.card_token, expires_in: 10.minutes)
  end

  def dump(rows)
    # ruleid: card-number-cache-write-ruby
    File.write("export.json", { pan: rows.first.pan }.to_json)
  end
end

class WalletCard
  include Mongoid::Document
  include Mongoid::Timestamps

  # ruleid: card-number-mongoid-field-typed
  field :card_number, type: String
  # ruleid: card-number-mongoid-field
  field :pan
  # ok: card-number-mongoid-field-typed
  field :card_last4, type: String
  # ok: card-number-mongoid-field-typed
  field :card_number_present, type: Boolean
  belongs_to :customer
end

class CorporateAccount
  include Mongoid::Document
  encrypt_with key_id: ENV.fetch("CSFLE_KEY_ID")
  # ok: card-number-mongoid-field-typed
  field :billing_card_pan, type: String, encrypt: { deterministic: false }
  # ruleid: card-number-mongoid-field-typed
  field :billing_card_number, type: String
end

class WalletBackup
  def export(rows)
    File.open("/srv/backup/wallet.csv", "a") do |f|
      # ruleid: card-number-cache-write-ruby
      rows.each { |row| f.puts([row[:owner_id], row[:card_number]].join(",")) }
    end
    CSV.open("/srv/backup/wallet-summary.csv", "w") do |csv|
      # ok: card-number-cache-write-ruby
      rows.each { |row| csv << [row[:owner_id], row[:card_last4]] }
    end
  end

  def remember(params)
    number = params.fetch("card_number")
    # ruleid: card-number-cache-write-ruby
    @redis.setex("wallet:pending", 600, { number: number }.to_json)
  end
end

def enqueue_charge(order, card_number)
  # ruleid: card-number-cache-write-ruby
  ChargeCardJob.perform_later(order.id, card_number)
  # ruleid: card-number-cache-write-ruby
  ChargeWorker.perform_async(order.id, card_number)
  # ok: card-number-cache-write-ruby
  ChargeWorker.perform_async(order.id, order.card_token)
end

class OfflinePaymentJob
  include Sidekiq::Job

  def self.enqueue(params)
    # ruleid: card-number-cache-write-ruby
    perform_async(params[:amount].to_i, params[:card_number], params[:expiry])
    # ok: card-number-cache-write-ruby
    perform_async(params[:amount].to_i, params[:card_token])
  end
end

class DepositBooking
  def hold(attrs, card)
    booking = Booking.create!(attrs.merge(card_number: card[:number], card_expiry: card[:expiry]))
    # ruleid: card-number-cache-write-ruby
    Rails.cache.write("booking:#{booking.id}:card", card.to_h, expires_in: 2.hours)
  end

  def remember(card)
    # ok: card-number-cache-write-ruby
    Rails.cache.write("card:#{card.id}", card.to_h, expires_in: 2.hours)
  end

  def subscribe(params)
    membership = Membership.create!(plan: params[:plan], card_number: params.require(:card_number))
    # ok: card-number-cache-write-ruby
    Rails.cache.write("membership:#{membership.id}", { plan: membership.plan, card: membership.masked_card })
  end
end
