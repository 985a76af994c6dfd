package main

import (
	"flag"
	"os"

	"github.com/fasthttp/router"
	"github.com/gocraft/work"
	"github.com/gomodule/redigo/redis"
	"github.com/upper/db/v4/adapter/postgresql"
	"github.com/valyala/fasthttp"

	"github.com/sludgeline/tankroute/internal/clients"
	"github.com/sludgeline/tankroute/internal/config"
	"github.com/sludgeline/tankroute/internal/handlers"
	"github.com/sludgeline/tankroute/internal/logging"
	"github.com/sludgeline/tankroute/internal/store"
	"github.com/sludgeline/tankroute/internal/worker"
)

func main() {
	cfgPath := flag.String("config", "config/config.yaml", "config file")
	flag.Parse()
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		logging.Root.Error("config", "error", err)
		os.Exit(1)
	}
	st, err := store.Open(postgresql.ConnectionURL{Host: cfg.Database.Host, Database: cfg.Database.Name, User: cfg.Database.User, Password: os.Getenv("DB_PASSWORD")})
	if err != nil {
		logging.Root.Error("db", "error", err)
		os.Exit(1)
	}
	pool := &redis.Pool{MaxActive: 8, MaxIdle: 8, Wait: true, Dial: func() (redis.Conn, error) { return redis.Dial("tcp", cfg.Redis) }}
	cl := clients.New(cfg)
	worker.Start(pool, st, cl)

	api := &handlers.API{Store: st, Clients: cl, Enqueuer: work.NewEnqueuer("tankroute", pool)}
	r := router.New()
	r.POST("/customers", api.CreateCustomer)
	r.POST("/pump-outs", api.SchedulePumpOut)
	r.POST("/payments", api.TakePayment)
	r.POST("/disputes", api.OpenDispute)

	logging.Root.Info("listening", "addr", cfg.Listen)
	if err := fasthttp.ListenAndServe(cfg.Listen, r.Handler); err != nil {
		logging.Root.Error("server stopped", "error", err)
	}
}
