package main

import (
	"log"

	"github.com/getsentry/sentry-go"
	"github.com/gin-gonic/gin"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/nightjarcars/dispatch/internal/clients"
	"github.com/nightjarcars/dispatch/internal/config"
	"github.com/nightjarcars/dispatch/internal/httpapi"
	"github.com/nightjarcars/dispatch/internal/logging"
	"github.com/nightjarcars/dispatch/internal/store"
)

func main() {
	cfg := config.Load()
	logger := logging.New(cfg.LogLevel)
	defer logger.Sync() //nolint:errcheck

	if err := sentry.Init(sentry.ClientOptions{Dsn: cfg.SentryDSN, SendDefaultPII: false, TracesSampleRate: 0.05}); err != nil {
		logger.Sugar().Warnf("sentry init: %v", err)
	}

	db, err := gorm.Open(postgres.Open(cfg.DatabaseURL), &gorm.Config{})
	if err != nil {
		log.Fatalf("db: %v", err)
	}

	api := &httpapi.API{
		Store:     store.New(db, cfg.RetrySpoolTable),
		Gateway:   clients.NewGateway(cfg.GatewayURL, cfg.GatewayKey, logger),
		Partners:  clients.NewPartners(cfg),
		Amplitude: clients.NewAmplitude(cfg.AmplitudeKey),
		Log:       logger,
	}
	r := gin.New()
	r.Use(gin.Recovery())
	api.Routes(r)
	logger.Sugar().Infof("listening on %s", cfg.HTTPAddr)
	if err := r.Run(cfg.HTTPAddr); err != nil {
		log.Fatal(err)
	}
}
