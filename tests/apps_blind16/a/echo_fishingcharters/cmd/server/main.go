package main

import (
	"context"
	"flag"
	"os/signal"
	"syscall"

	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	_ "github.com/lib/pq"
	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"

	"github.com/saltline/charters/internal/config"
	"github.com/saltline/charters/internal/handlers"
	"github.com/saltline/charters/internal/httpx"
	"github.com/saltline/charters/internal/jobs"
	"github.com/saltline/charters/internal/logging"
	"github.com/saltline/charters/internal/store"
	"github.com/saltline/charters/internal/vendors"
)

func main() {
	cfgPath := flag.String("config", "config/config.yaml", "config file")
	flag.Parse()

	log := logging.Init()
	defer log.Sync()

	cfg, err := config.Load(*cfgPath)
	if err != nil {
		log.Fatal("config", zap.Error(err))
	}
	db := sqlx.MustConnect("postgres", cfg.Database.DSN)
	rdb := redis.NewClient(&redis.Options{Addr: cfg.Redis.Addr})
	clients := httpx.New(cfg)
	pay := &vendors.HarbourPay{HTTP: clients.HarbourPay, BaseURL: cfg.HarbourPay.BaseURL, APIKey: cfg.HarbourPay.APIKey}
	st := store.New(db)

	h := &handlers.Handlers{
		Store:      st,
		Redis:      rdb,
		Vendors:    vendors.New(clients.Vendors, cfg),
		AnglerPass: &vendors.AnglerPass{HTTP: clients.AnglerPass, BaseURL: cfg.AnglerPass.BaseURL},
		Pay:        pay,
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	go (&jobs.Worker{Redis: rdb, Pay: pay, Store: st, Log: log.Named("dock-worker")}).Run(ctx)

	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.RequestID(), middleware.Recover())
	h.Register(e)
	log.Info("listening", zap.String("addr", cfg.HTTP.Addr))
	go func() { _ = e.Start(cfg.HTTP.Addr) }()
	<-ctx.Done()
	_ = e.Shutdown(context.Background())
}
