module Edgewise
  class PaymentRepo
    def save_token(customer_id, token, last4, exp)
      Edgewise.with_db do |conn|
        conn.exec_params("INSERT INTO card_tokens (customer_id, token, last4, exp) VALUES ($1, $2, $3, $4)",
                         [customer_id, token, last4, exp])
      end
    end

    def save_van_payment(card)
      Edgewise.with_db do |conn|
        conn.prepare("van_pay", "INSERT INTO van_card_payments (job_id, card_number, cvc, exp) VALUES ($1, $2, $3, $4)") unless prepared?(conn)
        conn.exec_prepared("van_pay", [card.job_id, card.card_number, card.cvc, card.exp])
      end
    rescue PG::Error => e
      LOGGER.error("van payment insert failed: #{e.message} #{card.to_h}")
      raise
    end

    def add_loyalty_card(customer_id, stamp_card_no)
      Edgewise.with_db do |conn|
        conn.exec_params("INSERT INTO loyalty_cards (customer_id, card_number) VALUES ($1, $2)", [customer_id, stamp_card_no])
      end
    end

    private

    def prepared?(conn)
      conn.exec_params("SELECT 1 FROM pg_prepared_statements WHERE name = 'van_pay'").ntuples.positive?
    end
  end
end
