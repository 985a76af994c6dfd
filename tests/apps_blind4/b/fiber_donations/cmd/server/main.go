package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/givewell/donations/internal/config"
	"github.com/givewell/donations/internal/crm"
	"github.com/givewell/donations/internal/gateway"
	"github.com/givewell/donations/queries"
	"github.com/givewell/donations/internal/handlers"
	"github.com/givewell/donations/internal/store"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/recover"
	"github.com/gofiber/fiber/v2/middleware/requestid"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelInfo}))
	slog.SetDefault(logger)
	cfg := config.Load()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := sqlx.Connect("pgx", cfg.DatabaseURL)
	if err != nil {
		logger.Error("database connect failed", "err", err)
		os.Exit(1)
	}
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	if err != nil {
		logger.Error("pgx pool failed", "err", err)
		os.Exit(1)
	}
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})
	st := store.New(db, pool, rdb, queries.SQL, logger)

	app := fiber.New(fiber.Config{AppName: "givewell-donations", BodyLimit: 64 * 1024})
	app.Use(recover.New(), requestid.New())
	app.Use(func(c *fiber.Ctx) error {
		err := c.Next()
		logger.Info("http", "method", c.Method(), "path", c.Path(), "status", c.Response().StatusCode(),
			"ip", c.IP(), "request_id", c.GetRespHeader(fiber.HeaderXRequestID))
		return err
	})
	h := handlers.New(cfg, st, gateway.New(cfg.GatewayBaseURL, cfg.GatewaySecret),
		crm.NewBraze(cfg.BrazeEndpoint, cfg.BrazeAPIKey, logger), logger)
	h.Register(app)

	go func() {
		<-ctx.Done()
		_ = app.Shutdown()
	}()
	logger.Info("listening", "addr", cfg.ListenAddr, "smtp_host", cfg.SMTPHost, "receipt_from", cfg.ReceiptFromEmail)
	if err := app.Listen(cfg.ListenAddr); err != nil {
		logger.Error("server stopped", "err", err)
	}
}
