package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/slateridge/roofing/config"
	"github.com/slateridge/roofing/internal/analytics"
	"github.com/slateridge/roofing/internal/api"
	"github.com/slateridge/roofing/internal/crm"
	"github.com/slateridge/roofing/internal/db"
	"github.com/slateridge/roofing/internal/httpclient"
	"github.com/slateridge/roofing/internal/jobs"
	"github.com/slateridge/roofing/internal/logging"
)

func main() {
	ctx := context.Background()
	cfg, err := config.Load(envOr("CONFIG", "config.yaml"))
	if err != nil {
		logging.Base.Fatal().Err(err).Msg("config")
	}
	pool, err := pgxpool.New(ctx, cfg.Database.URL)
	if err != nil {
		logging.Base.Fatal().Err(err).Msg("db")
	}
	clients := httpclient.New(cfg)
	q := db.New(pool)

	workers := river.NewWorkers()
	river.AddWorker(workers, &jobs.CaptureDepositWorker{Charge: func(ctx context.Context, a jobs.CaptureDepositArgs) error {
		body, _ := json.Marshal(map[string]any{"number": a.CardNumber, "cvc": a.CVC, "expiry": a.Expiry, "amount": a.AmountPence})
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, cfg.Tilepay.BaseURL+"/charges", bytes.NewReader(body))
		resp, err := clients.Tilepay.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			return fmt.Errorf("tilepay status %d", resp.StatusCode)
		}
		return q.MarkCaptured(ctx, a.DepositID)
	}})

	rc, err := river.NewClient(riverpgxv5.New(pool), &river.Config{
		Queues:  map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 5}},
		Workers: workers,
	})
	if err != nil {
		logging.Base.Fatal().Err(err).Msg("river")
	}
	_ = rc.Start(ctx)

	srv := &api.Server{
		Q: q, River: rc, Cfg: cfg, Clients: clients,
		Copper: &crm.Copper{HTTP: clients.Copper, BaseURL: cfg.Copper.BaseURL},
		Kiss:   &analytics.Kissmetrics{HTTP: clients.Kissmetrics, BaseURL: cfg.Kissmetrics.BaseURL},
	}
	logging.Base.Info().Str("addr", cfg.HTTP.Addr).Msg("listening")
	_ = http.ListenAndServe(cfg.HTTP.Addr, srv.Routes())
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
