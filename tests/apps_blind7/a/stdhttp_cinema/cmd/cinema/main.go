package main

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/rs/zerolog"

	"github.com/reelhouse/cinema/internal/config"
	"github.com/reelhouse/cinema/internal/handlers"
	"github.com/reelhouse/cinema/internal/jobs"
	"github.com/reelhouse/cinema/internal/notify"
	"github.com/reelhouse/cinema/internal/payments"
	"github.com/reelhouse/cinema/internal/store"
)

func main() {
	cfg := config.Load()
	log := zerolog.New(os.Stdout).With().Timestamp().Str("service", "cinema").Logger()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		log.Fatal().Err(err).Msg("connect database")
	}
	defer pool.Close()

	st := store.New(pool)
	acq := payments.NewClient(cfg.AcquirerURL, cfg.AcquirerKey, cfg.InsecureAcquire, log)
	api := &handlers.API{Store: st, Acquirer: acq, Notify: notify.New(cfg, log), Log: log}
	go (&jobs.Retrier{Store: st, Acquirer: acq, Log: log}).Run(ctx, time.Minute)

	srv := &http.Server{Addr: cfg.Addr, Handler: api.Routes(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	log.Info().Str("addr", cfg.Addr).Msg("listening")
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		log.Fatal().Err(err).Msg("server")
	}
}
