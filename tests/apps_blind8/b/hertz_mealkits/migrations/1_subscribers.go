package main

import "github.com/go-pg/migrations/v8"

func init() {
	migrations.MustRegisterTx(func(db migrations.DB) error {
		_, err := db.Exec(`
CREATE TABLE subscribers (
  id            BIGSERIAL PRIMARY KEY,
  first_name    TEXT NOT NULL,
  last_name     TEXT NOT NULL,
  email         TEXT NOT NULL UNIQUE,
  phone         TEXT,
  birth_date    DATE,
  allergies     TEXT[],
  password_hash TEXT,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE delivery_addresses (
  id            BIGSERIAL PRIMARY KEY,
  subscriber_id BIGINT NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
  line1 TEXT NOT NULL, line2 TEXT, city TEXT NOT NULL, postcode TEXT NOT NULL, drop_notes TEXT
);
CREATE TABLE boxes (
  id              BIGSERIAL PRIMARY KEY,
  subscriber_id   BIGINT NOT NULL REFERENCES subscribers(id),
  week            TEXT NOT NULL,
  recipes         TEXT[],
  servings        INT NOT NULL DEFAULT 2,
  needs_sheet_pan BOOLEAN NOT NULL DEFAULT false,
  price_cents     BIGINT NOT NULL,
  charge_id       TEXT,
  status          TEXT NOT NULL DEFAULT 'planned',
  delivered_at    TIMESTAMPTZ,
  UNIQUE (subscriber_id, week)
)`)
		return err
	}, func(db migrations.DB) error {
		_, err := db.Exec(`DROP TABLE boxes; DROP TABLE delivery_addresses; DROP TABLE subscribers`)
		return err
	})
}
