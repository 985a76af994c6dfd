package main

import (
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/rs/zerolog"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/driver/pgdriver"
	"github.com/uptrace/bun/migrate"

	"github.com/roadrunner-rentals/fleetdesk/internal/config"
	"github.com/roadrunner-rentals/fleetdesk/internal/crm"
	"github.com/roadrunner-rentals/fleetdesk/internal/handlers"
	"github.com/roadrunner-rentals/fleetdesk/internal/payments"
	"github.com/roadrunner-rentals/fleetdesk/internal/telematics"
	"github.com/roadrunner-rentals/fleetdesk/migrations"
)

func main() {
	cfg := config.Load()
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelInfo}))
	zl := zerolog.New(os.Stdout).With().Timestamp().Str("svc", "counter").Logger()

	sqldb := sql.OpenDB(pgdriver.NewConnector(pgdriver.WithDSN(cfg.DatabaseURL)))
	db := bun.NewDB(sqldb, pgdialect.New())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	migrator := migrate.NewMigrator(db, migrations.Migrations)
	if err := migrator.Init(ctx); err != nil {
		logger.Error("migrator init", "err", err)
		os.Exit(1)
	}
	if group, err := migrator.Migrate(ctx); err != nil {
		logger.Error("migrate", "err", err)
		os.Exit(1)
	} else {
		logger.Info("migrated", "group", group.String())
	}

	res := &handlers.ReservationHandler{
		DB:       db,
		Payments: payments.New(cfg.GatewayURL, cfg.GatewayKey, logger),
		CRM:      crm.NewTracker(cfg.CustomerIOSiteID, cfg.CustomerIOAPIKey, logger),
		Log:      logger,
	}
	counter := &handlers.CounterHandler{
		DB:         db,
		Telematics: telematics.New(cfg.TelematicsURL, cfg.TelematicsInsecure, zl),
		Log:        zl,
		SpoolDir:   "/var/spool/fleetdesk",
	}

	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.RealIP, middleware.Recoverer)
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })
	r.Route("/api", func(r chi.Router) {
		res.Routes(r)
		r.Post("/counter/pickup", counter.Pickup)
		r.Get("/counter/key-card", counter.KeyCard)
	})

	srv := &http.Server{Addr: cfg.HTTPAddr, Handler: r}
	go func() {
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
		defer cancel()
		_ = srv.Shutdown(shutdownCtx)
	}()
	logger.Info("listening", "addr", cfg.HTTPAddr, "support_email", cfg.SupportEmail, "smtp", cfg.SMTPHost)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		logger.Error("server stopped", "err", err)
	}
}
