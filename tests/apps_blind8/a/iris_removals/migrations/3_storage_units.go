package migrations

import "github.com/go-pg/migrations/v8"

// Containerised storage between moves. Access codes are for the container padlocks.
func init() {
	migrations.MustRegisterTx(func(db migrations.DB) error {
		_, err := db.Exec(`
			CREATE TABLE storage_containers (
				id              bigserial PRIMARY KEY,
				job_id          bigint REFERENCES removal_jobs(id),
				container_no    varchar(16) NOT NULL,
				padlock_code    varchar(6),
				monthly_pence   bigint NOT NULL,
				card_token      text,
				card_last_four  char(4)
			);`)
		return err
	}, func(db migrations.DB) error {
		_, err := db.Exec(`DROP TABLE storage_containers;`)
		return err
	})
}
