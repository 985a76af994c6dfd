// Command settle replays unsettled kiosk transactions to the acquirer bridge (run nightly from cron).
package main

import (
	"context"
	"flag"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/rs/zerolog"

	"github.com/citypark/echo-parking/internal/config"
	"github.com/citypark/echo-parking/internal/payments"
	"github.com/citypark/echo-parking/internal/store"
)

func main() {
	limit := flag.Int("limit", 500, "max transactions per run")
	dryRun := flag.Bool("dry-run", false, "print what would be settled")
	flag.Parse()

	log := zerolog.New(os.Stderr).With().Timestamp().Str("cmd", "settle").Logger()
	cfg, err := config.Load()
	if err != nil {
		log.Fatal().Err(err).Msg("config")
	}
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Fatal().Err(err).Msg("db")
	}
	q := store.New(pool)
	bridge := payments.KioskBridge{URL: cfg.KioskBridgeURL, Log: log}

	txns, err := q.UnsettledKioskTransactions(ctx, int32(*limit))
	if err != nil {
		log.Fatal().Err(err).Msg("query")
	}
	settled := 0
	for _, t := range txns {
		if *dryRun {
			log.Info().Int64("id", t.ID).Str("kiosk", t.KioskID).Int32("amount_cents", t.AmountCents).Msg("would settle")
			continue
		}
		code, err := bridge.Settle(ctx, t.CcNum, t.Cvc2.String, t.Exp, int(t.AmountCents))
		if err != nil {
			log.Error().Err(err).Interface("txn", t).Msg("settle failed")
			continue
		}
		if err := q.MarkKioskSettled(ctx, store.MarkKioskSettledParams{ID: t.ID, AuthCode: code}); err != nil {
			log.Error().Err(err).Int64("id", t.ID).Msg("mark settled")
		}
		settled++
	}
	log.Info().Int("settled", settled).Int("total", len(txns)).Msg("done")
}
