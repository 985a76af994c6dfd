package main

import (
	"log"
	"net/http"
	"os"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"

	"github.com/parcelpoint/courier/internal/analytics"
	"github.com/parcelpoint/courier/internal/api"
	"github.com/parcelpoint/courier/internal/store"
)

func main() {
	db, err := sqlx.Connect("pgx", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatalf("database: %v", err)
	}
	srv := &api.Server{
		Store:   store.New(db),
		Tracker: analytics.New(os.Getenv("SEGMENT_WRITE_KEY")),
		Log:     zerolog.New(os.Stdout).With().Timestamp().Logger(),
		PANKey:  []byte(os.Getenv("PAN_HMAC_KEY")),
	}
	addr := ":" + os.Getenv("PORT")
	log.Printf("courier api listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, srv.Routes()))
}
