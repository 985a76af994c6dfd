package db

import (
	"github.com/gocraft/dbr/v2"
	_ "github.com/lib/pq"
)

func Open(dsn string) (*dbr.Connection, error) {
	conn, err := dbr.Open("postgres", dsn, nil)
	if err != nil {
		return nil, err
	}
	conn.SetMaxOpenConns(10)
	return conn, nil
}
