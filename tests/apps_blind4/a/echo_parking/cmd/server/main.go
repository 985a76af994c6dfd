package main

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/citypark/echo-parking/internal/analytics"
	"github.com/citypark/echo-parking/internal/cache"
	"github.com/citypark/echo-parking/internal/config"
	"github.com/citypark/echo-parking/internal/handlers"
	"github.com/citypark/echo-parking/internal/logging"
	"github.com/citypark/echo-parking/internal/notify"
	"github.com/citypark/echo-parking/internal/payments"
	"github.com/citypark/echo-parking/internal/store"
)

func main() {
	cfg, err := config.Load()
	log := logging.New("info")
	if err != nil {
		log.Fatal().Err(err).Msg("config")
	}
	log = logging.New(cfg.LogLevel)
	log.Info().Str("addr", cfg.HTTPAddr).Str("smtp_host", cfg.SMTPHost).Bool("gateway_skip_verify", cfg.GatewaySkipVerify).Msg("starting")

	pool, err := pgxpool.New(context.Background(), cfg.DatabaseURL)
	if err != nil {
		log.Fatal().Err(err).Msg("database")
	}
	q := store.New(pool)
	rc := cache.New(cfg.RedisAddr)
	events := &analytics.Mixpanel{Token: cfg.MixpanelToken, HTTP: &http.Client{Timeout: 5 * time.Second}, Log: log}
	mailer := &notify.Mailer{Host: cfg.SMTPHost, Port: cfg.SMTPPort, User: cfg.SMTPUser, Password: cfg.SMTPPassword, From: cfg.EmailFrom, ReceiptTemplate: cfg.EmailTemplate, Log: log}
	gw := payments.NewGateway(cfg.GatewayURL, cfg.GatewayKey, cfg.GatewaySkipVerify, log)

	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.RequestID(), middleware.Recover(), logging.RequestLogger(log))
	api := e.Group("/api/v1")
	(&handlers.AccountHandler{Q: q, Mailer: mailer, Events: events, Log: log}).Register(api)
	(&handlers.SessionHandler{Q: q, Cache: rc, Gateway: gw, Events: events, Log: log}).Register(api)
	e.GET("/healthz", func(c echo.Context) error { return c.String(http.StatusOK, "ok") })

	go func() {
		if err := e.Start(cfg.HTTPAddr); err != nil && err != http.ErrServerClosed {
			log.Fatal().Err(err).Msg("http server")
		}
	}()
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
	ctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTTL)
	defer cancel()
	_ = e.Shutdown(ctx)
	log.Info().Msg("bye")
}
