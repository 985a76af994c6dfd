package main

import (
	"net/http"
	"os"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"
	"github.com/go-co-op/gocron/v2"

	"github.com/clearnote/hearing-api/internal/api"
	"github.com/clearnote/hearing-api/internal/config"
	"github.com/clearnote/hearing-api/internal/db"
	"github.com/clearnote/hearing-api/internal/jobs"
	"github.com/clearnote/hearing-api/internal/logging"
	"github.com/clearnote/hearing-api/internal/vendors"
)

func main() {
	cfg, err := config.Load()
	if err != nil {
		logging.Base.Fatal("config", "err", err)
	}
	dbmap, err := db.Open(cfg.Database.DSN)
	if err != nil {
		logging.Base.Fatal("db", "err", err)
	}
	sched, err := gocron.NewScheduler()
	if err != nil {
		logging.Base.Fatal("scheduler", "err", err)
	}
	v := vendors.NewClients(cfg)
	if err := jobs.Schedule(sched, dbmap, v); err != nil {
		logging.Base.Fatal("jobs", "err", err)
	}
	sched.Start()

	mux := http.NewServeMux()
	humaAPI := humago.New(mux, huma.DefaultConfig("Clearnote Hearing API", "2.3.0"))
	(&api.Server{DB: dbmap, Vendors: v, Scheduler: sched}).Register(humaAPI)

	logging.Base.Info("listening", "addr", cfg.Server.Addr, "pid", os.Getpid())
	if err := http.ListenAndServe(cfg.Server.Addr, mux); err != nil {
		logging.Base.Fatal("server", "err", err)
	}
}
