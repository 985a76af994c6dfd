package main

import (
	"log/slog"
	"os"

	"github.com/bluefader/studio-api/internal/api"
	"github.com/bluefader/studio-api/internal/config"
	"github.com/bluefader/studio-api/internal/crm"
	"github.com/bluefader/studio-api/internal/httpclient"
	"github.com/bluefader/studio-api/internal/logging"
	"github.com/bluefader/studio-api/internal/obs"
	"github.com/bluefader/studio-api/internal/partner"
	"github.com/bluefader/studio-api/internal/queue"
	"github.com/bluefader/studio-api/internal/store"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"github.com/redis/go-redis/v9"
)

func main() {
	log := logging.New(slog.LevelDebug)
	slog.SetDefault(log)
	cfg, err := config.Load(envOr("STUDIO_CONFIG", "config/config.yaml"))
	if err != nil {
		log.Error("config", "err", err)
		os.Exit(1)
	}
	db := sqlx.MustConnect("postgres", cfg.DatabaseURL)
	clients := httpclient.New(cfg)
	h := &api.Handlers{
		Store:      store.New(db),
		CRM:        crm.NewTeamleader(clients.CRM, cfg.Teamleader.BaseURL, os.Getenv("TEAMLEADER_TOKEN")),
		Papertrail: obs.NewPapertrail(clients.Papertrail, cfg.Papertrail.BaseURL, os.Getenv("PAPERTRAIL_TOKEN")),
		Halcyon:    partner.NewHalcyon(clients.Halcyon, cfg.Halcyon.BaseURL),
		Queue:      queue.New(redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})),
		Clients:    clients,
		Cfg:        cfg,
	}
	log.Info("listening", "addr", cfg.Listen)
	if err := api.Router(h, log).Run(cfg.Listen); err != nil {
		log.Error("server stopped", "err", err)
	}
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
