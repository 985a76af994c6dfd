package main

import (
	"context"
	"os/signal"
	"syscall"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/nightjarcars/dispatch/internal/clients"
	"github.com/nightjarcars/dispatch/internal/config"
	"github.com/nightjarcars/dispatch/internal/logging"
	"github.com/nightjarcars/dispatch/internal/store"
	"github.com/nightjarcars/dispatch/internal/worker"
)

func main() {
	cfg := config.Load()
	logger := logging.New(cfg.LogLevel)
	db, err := gorm.Open(postgres.Open(cfg.DatabaseURL), &gorm.Config{})
	if err != nil {
		logger.Fatal("db open failed")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	worker.RetryCaptures(ctx, store.New(db, cfg.RetrySpoolTable), clients.NewGateway(cfg.GatewayURL, cfg.GatewayKey, logger), logger, 10*time.Minute)
}
