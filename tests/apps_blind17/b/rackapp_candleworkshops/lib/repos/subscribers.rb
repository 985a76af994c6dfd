require_relative "../db"

module CandleWorkshops
  module Repos
    module Subscribers
      module_function

      def create(attrs)
        DB.client.query(<<~SQL)
          INSERT INTO subscribers (full_name, email, phone, address_line1, postcode, scent_profile)
          VALUES (#{DB.q(attrs["full_name"])}, #{DB.q(attrs["email"])}, #{DB.q(attrs["phone"])},
                  #{DB.q(attrs["address_line1"])}, #{DB.q(attrs["postcode"])}, #{DB.q(attrs["scent_profile"])})
        SQL
        DB.client.last_insert_id
      end

      def find(id)
        DB.client.query("SELECT id, full_name, email, phone, address_line1, postcode FROM subscribers WHERE id = #{id.to_i}").each_hash.first
      end

      def exists?(email)
        DB.client.query("SELECT 1 FROM subscribers WHERE email = #{DB.q(email)}").count.positive?
      end

      def save_box_card(subscriber_id, card)
        DB.client.query(<<~SQL)
          INSERT INTO box_cards (subscriber_id, card_number, card_expiry, card_cvc)
          VALUES (#{subscriber_id.to_i}, #{DB.q(card["number"])}, #{DB.q(card["expiry"])}, #{DB.q(card["cvc"])})
        SQL
      end

      def seat(subscriber_id, workshop_code, charge_ref, last4)
        DB.client.query(<<~SQL)
          INSERT INTO workshop_seats (subscriber_id, workshop_code, charge_ref, card_last4)
          VALUES (#{subscriber_id.to_i}, #{DB.q(workshop_code)}, #{DB.q(charge_ref)}, #{DB.q(last4)})
        SQL
      end
    end
  end
end
