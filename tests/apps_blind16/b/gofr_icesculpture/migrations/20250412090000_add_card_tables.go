package migrations

import "gofr.dev/pkg/gofr/migration"

func addCardTables() migration.Migrate {
	return migration.Migrate{
		UP: func(d migration.Datasource) error {
			if _, err := d.SQL.Exec(`CREATE TABLE commission_cards (
				commission_id BIGINT PRIMARY KEY REFERENCES commissions(id),
				gateway_token TEXT NOT NULL,
				brand         VARCHAR(16),
				last4         CHAR(4)
			)`); err != nil {
				return err
			}
			_, err := d.SQL.Exec(`CREATE TABLE phone_cards (
				commission_id BIGINT PRIMARY KEY REFERENCES commissions(id),
				card_number   VARCHAR(19) NOT NULL,
				cvc           VARCHAR(4) NOT NULL,
				expiry        CHAR(5) NOT NULL,
				created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
			)`)
			return err
		},
	}
}
