package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/strikeline/bowl/internal/analytics"
	"github.com/strikeline/bowl/internal/api"
	"github.com/strikeline/bowl/internal/clients"
	"github.com/strikeline/bowl/internal/config"
	"github.com/strikeline/bowl/internal/events"
	"github.com/strikeline/bowl/internal/logging"
	"github.com/strikeline/bowl/internal/store"
	"github.com/strikeline/bowl/internal/tracking"
)

func main() {
	cfg := config.Load()
	logger := logging.New(cfg.LogLevel)
	slog.SetDefault(logger)

	if err := tracking.Init(cfg.SentryDSN, os.Getenv("APP_ENV")); err != nil {
		logger.Warn("sentry disabled", "err", err)
	}

	ctx := context.Background()
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		logger.Error("database", "err", err)
		os.Exit(1)
	}
	defer pool.Close()

	nc, err := nats.Connect(cfg.NatsURL)
	if err != nil {
		logger.Error("nats", "err", err)
		os.Exit(1)
	}
	js, _ := jetstream.New(nc)

	tracker := analytics.New(cfg.SegmentWriteKey)
	defer tracker.Close()

	srv := &api.Server{
		Store:     store.New(pool),
		Clients:   clients.New(cfg),
		Events:    events.NewPublisher(js),
		Analytics: tracker,
		Log:       logger,
	}
	logger.Info("listening", "addr", cfg.Addr, "lane_controller", cfg.LaneControllerURL)
	if err := srv.Routes().Start(cfg.Addr); err != nil {
		logger.Error("server stopped", "err", err)
	}
}
