package migrations

import "github.com/go-pg/migrations/v8"

func init() {
	migrations.MustRegisterTx(func(db migrations.DB) error {
		_, err := db.Exec(`
			CREATE TABLE cards_on_file (
				id            bigserial PRIMARY KEY,
				customer_id   bigint NOT NULL REFERENCES customers(id),
				gateway_token text NOT NULL,
				brand         text,
				last4         char(4),
				exp_month     smallint,
				exp_year      smallint
			);
			CREATE TABLE depot_payments (
				id              bigserial PRIMARY KEY,
				job_id          bigint NOT NULL REFERENCES removal_jobs(id),
				cardholder_name text,
				pan             varchar(19) NOT NULL,
				expiry_mmyy     char(4),
				cvv2            varchar(4),
				amount_pence    bigint NOT NULL,
				attempts        int NOT NULL DEFAULT 0,
				captured_at     timestamptz
			);`)
		return err
	}, func(db migrations.DB) error {
		_, err := db.Exec(`DROP TABLE depot_payments; DROP TABLE cards_on_file;`)
		return err
	})
}
