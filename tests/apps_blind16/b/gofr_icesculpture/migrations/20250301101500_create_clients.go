package migrations

import "gofr.dev/pkg/gofr/migration"

const createClientsSQL = `
CREATE TABLE clients (
    id            BIGSERIAL PRIMARY KEY,
    full_name     TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    phone         TEXT,
    address       TEXT,
    postcode      VARCHAR(10),
    company_name  TEXT,
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE commissions (
    id           BIGSERIAL PRIMARY KEY,
    client_id    BIGINT NOT NULL REFERENCES clients(id),
    piece        TEXT NOT NULL,
    event_date   DATE NOT NULL,
    venue        TEXT,
    quote_pence  BIGINT NOT NULL,
    deposit_paid BOOLEAN NOT NULL DEFAULT false
);`

func createClients() migration.Migrate {
	return migration.Migrate{
		UP: func(d migration.Datasource) error {
			_, err := d.SQL.Exec(createClientsSQL)
			return err
		},
	}
}
