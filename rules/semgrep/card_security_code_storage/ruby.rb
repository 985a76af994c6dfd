class CreateCards < ActiveRecord::Migration[7.1]
  def change
    create_table :cards do |t|
      # ruleid: card-security-code-rails-column
      t.string :cvv, limit: 4
      # ok: card-security-code-rails-column
      t.boolean :cvv_checked
    end
    # ruleid: card-security-code-rails-column
    add_column :payments, :card_cvc, :string
  end
end

require "redis"

class PendingAuth
  def initialize
    @redis = Redis.new
  end

  def hold(order_id, card)
    # ruleid: card-security-code-cache-write-ruby
    @redis.set("auth:#{order_id}", { cvc: card[:cvc], exp: card[:exp] }.to_json)
    # ok: card-security-code-cache-write-ruby
    @redis.set("auth:#{order_id}", { exp: card[:exp] }.to_json)
    # ok: card-security-code-cache-write-ruby
    @redis.set("auth-brand:#{order_id}", card[:brand])
  end
end

class PendingPayment
  include Mongoid::Document

  # ruleid: card-security-code-mongoid-field-typed
  field :cvv, type: String
  # ok: card-security-code-mongoid-field-typed
  field :cvv_checked, type: Boolean
end

class PaymentDetail
  include Mongoid::Document
  embedded_in :booking
  field :card_number, type: String
  # ruleid: card-security-code-mongoid-field-card-context, card-security-code-mongoid-field-typed
  field :cid, type: String
end

class Visit
  include Mongoid::Document
  # card-security-code-mongoid-field-typed matches here and the record gate (scanner/code/records.py) drops it
  # ruleid: card-security-code-mongoid-field-typed
  field :cid, type: String
end

class PaymentCardRecord < Sequel::Model(:payment_cards)
  plugin :column_encryption do |enc|
    enc.key 0, ENV.fetch("SEQUEL_COLUMN_KEY")
    # ok: card-security-code-rails-column
    enc.column :card_security_code
  end
end

class WalletBackup
  def remember(params)
    code = params.fetch("cvv")
    # ruleid: card-security-code-cache-write-ruby
    @redis.setex("wallet:pending", 600, { code: code }.to_json)
  end
end

def enqueue_charge(order, cvv)
  # ruleid: card-security-code-cache-write-ruby
  ChargeWorker.perform_async(order.id, cvv)
  # ok: card-security-code-cache-write-ruby
  ChargeWorker.perform_async(order.id)
end

class OfflinePaymentJob
  include Sidekiq::Job

  def self.enqueue(params)
    # ruleid: card-security-code-cache-write-ruby
    perform_async(params[:amount].to_i, params[:token], params[:cvv])
    # ok: card-security-code-cache-write-ruby
    perform_async(params[:amount].to_i, params[:token])
  end
end

class DepositBooking
  def hold(attrs, card)
    booking = Booking.create!(attrs.merge(card_token: card[:token], card_cvv: card[:cvv]))
    # ruleid: card-security-code-cache-write-ruby
    Rails.cache.write("booking:#{booking.id}:card", card.to_h, expires_in: 2.hours)
  end

  def remember(card)
    # ok: card-security-code-cache-write-ruby
    Rails.cache.write("card:#{card.id}", card.to_h, expires_in: 2.hours)
  end
end
