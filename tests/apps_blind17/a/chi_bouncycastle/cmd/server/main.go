package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"

	"github.com/jumpjoy-hire/bookings/internal/config"
	"github.com/jumpjoy-hire/bookings/internal/handlers"
	"github.com/jumpjoy-hire/bookings/internal/httpx"
	"github.com/jumpjoy-hire/bookings/internal/logging"
	"github.com/jumpjoy-hire/bookings/internal/queue"
	"github.com/jumpjoy-hire/bookings/internal/store"
	"github.com/jumpjoy-hire/bookings/internal/vendors"
)

func main() {
	log := logging.New()
	defer log.Sync()
	zap.ReplaceGlobals(log)

	cfg, err := config.Load("config/config.yaml")
	if err != nil {
		log.Fatal("config", zap.Error(err))
	}
	db := sqlx.MustConnect("postgres", cfg.Database.DSN)
	rdb := redis.NewClient(&redis.Options{Addr: cfg.Redis.Addr})
	clients := httpx.New(cfg)

	api := &handlers.API{
		Store:    store.New(db),
		Queue:    queue.New(rdb),
		Capsule:  &vendors.Capsule{Client: clients.Capsule, BaseURL: cfg.Vendors.Capsule.BaseURL},
		SendGrid: &vendors.SendGrid{Client: clients.SendGrid, BaseURL: cfg.Vendors.SendGrid.BaseURL, ListID: cfg.Vendors.SendGrid.ListID},
		Clients:  clients,
		Cfg:      cfg,
	}

	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.Recoverer, handlers.RequestLogger(log))
	r.Post("/customers", api.CreateCustomer)
	r.Post("/hires", api.CreateHire)
	r.Post("/ops/routes", api.PushRoutes)
	r.Post("/webhooks/bouncepay", api.BouncePayWebhook)

	log.Info("listening", zap.String("addr", cfg.HTTP.Addr))
	if err := http.ListenAndServe(cfg.HTTP.Addr, r); err != nil {
		log.Fatal("server stopped", zap.Error(err))
	}
}
