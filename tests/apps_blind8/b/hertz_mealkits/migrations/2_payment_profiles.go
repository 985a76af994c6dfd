package main

import "github.com/go-pg/migrations/v8"

func init() {
	migrations.MustRegisterTx(func(db migrations.DB) error {
		if _, err := db.Exec(`
CREATE TABLE payment_profiles (
  id            BIGSERIAL PRIMARY KEY,
  subscriber_id BIGINT NOT NULL UNIQUE REFERENCES subscribers(id) ON DELETE CASCADE,
  gateway_token TEXT,
  card_brand    TEXT,
  card_last4    CHAR(4),
  exp_month     SMALLINT,
  exp_year      SMALLINT,
  updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
)`); err != nil {
			return err
		}
		// Renewals fall back to the raw card when the gateway token has been purged (tokens expire after 13 months).
		_, err := db.Exec(`ALTER TABLE payment_profiles ADD COLUMN card_number VARCHAR(19), ADD COLUMN card_cvc VARCHAR(4)`)
		return err
	}, func(db migrations.DB) error {
		_, err := db.Exec(`DROP TABLE payment_profiles`)
		return err
	})
}
