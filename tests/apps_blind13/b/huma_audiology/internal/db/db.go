package db

import (
	"database/sql"

	"github.com/go-gorp/gorp/v3"
	_ "github.com/lib/pq"

	"github.com/clearnote/hearing-api/internal/models"
)

func Open(dsn string) (*gorp.DbMap, error) {
	conn, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	dbmap := &gorp.DbMap{Db: conn, Dialect: gorp.PostgresDialect{}}
	dbmap.AddTableWithName(models.Patient{}, "patients").SetKeys(true, "ID")
	dbmap.AddTableWithName(models.Audiogram{}, "audiograms").SetKeys(true, "ID")
	dbmap.AddTableWithName(models.DevicePayment{}, "device_payments").SetKeys(true, "ID")
	dbmap.AddTableWithName(models.InstalmentPlan{}, "instalment_plans").SetKeys(true, "ID")
	return dbmap, nil
}
