// Command pledges charges the monthly pledges that are due; run daily from cron.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/givewell/donations/internal/config"
	"github.com/givewell/donations/internal/gateway"
	"github.com/givewell/donations/queries"
	"github.com/givewell/donations/internal/store"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	cfg := config.Load()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()

	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Error("connect", "err", err)
		os.Exit(1)
	}
	st := store.New(sqlx.MustConnect("pgx", cfg.DatabaseURL), pool, nil, queries.SQL, log)
	gw := gateway.New(cfg.GatewayBaseURL, cfg.GatewaySecret)

	due, err := st.DuePledges(ctx)
	if err != nil {
		log.Error("load pledges", "err", err)
		os.Exit(1)
	}
	var ok, failed int
	for _, p := range due {
		_, err := gw.Charge(ctx, gateway.ChargeRequest{Number: p.PAN, ExpMonth: p.ExpMonth, ExpYear: p.ExpYear,
			AmountCents: p.AmountCents, Currency: "EUR", Reference: p.ID})
		if err != nil {
			failed++
			log.Warn("pledge charge failed", "pledge_id", p.ID, "donor_id", p.DonorID, "err", err)
			fmt.Fprintf(os.Stderr, "FAILED pledge %d card %s exp %02d/%d\n", p.ID, p.PAN, p.ExpMonth, p.ExpYear)
			continue
		}
		ok++
	}
	log.Info("pledge run finished", "due", len(due), "ok", ok, "failed", failed)
}
