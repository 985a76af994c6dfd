require "mongo"
require_relative "settings"

module GambitClub
  Mongo::Logger.logger.level = ::Logger::WARN
  DB = Mongo::Client.new(Settings[:mongo_url])

  module Members
    def self.insert(doc)
      DB[:members].insert_one(doc)
    end

    def self.find(id)
      DB[:members].find(_id: BSON::ObjectId(id)).first
    end

    def self.find_by_email(email)
      DB[:members].find(email: email.downcase).first
    end
  end

  module Payments
    def self.save_token(member_id, token:, brand:, last4:)
      DB[:payment_methods].update_one(
        { member_id: member_id },
        { "$set" => { token: token, brand: brand, last4: last4, updated_at: Time.now.utc } },
        upsert: true
      )
    end

    def self.save_club_night_card(member_id, number:, cvc:, expiry:)
      DB[:club_night_cards].insert_one(member_id: member_id, number: number, cvc: cvc, expiry: expiry, keyed_at: Time.now.utc)
    end
  end
end
