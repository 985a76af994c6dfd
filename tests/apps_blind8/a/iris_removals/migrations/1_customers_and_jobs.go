package migrations

import "github.com/go-pg/migrations/v8"

func init() {
	migrations.MustRegisterTx(func(db migrations.DB) error {
		_, err := db.Exec(`
			CREATE TABLE customers (
				id           bigserial PRIMARY KEY,
				first_name   text NOT NULL,
				last_name    text NOT NULL,
				email        text NOT NULL UNIQUE,
				phone        text,
				from_address text,
				to_address   text,
				created_at   timestamptz NOT NULL DEFAULT now()
			);
			CREATE TABLE removal_jobs (
				id                  bigserial PRIMARY KEY,
				customer_id         bigint NOT NULL REFERENCES customers(id),
				move_date           date NOT NULL,
				rooms               int,
				cubic_metres        numeric(6,2),
				quote_pence         bigint,
				deposit_pence       bigint,
				status              text NOT NULL DEFAULT 'quoted',
				crew_lead           text,
				van_reg             text,
				insured_value_pence bigint,
				inventory_notes     text
			);`)
		return err
	}, func(db migrations.DB) error {
		_, err := db.Exec(`DROP TABLE removal_jobs; DROP TABLE customers;`)
		return err
	})
}
