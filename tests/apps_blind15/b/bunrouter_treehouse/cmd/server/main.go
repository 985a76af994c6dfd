package main

import (
	"context"
	"net/http"
	"os"
	"strings"

	"github.com/canopyworks/treehouse/internal/api"
	"github.com/canopyworks/treehouse/internal/config"
	"github.com/canopyworks/treehouse/internal/db"
	"github.com/canopyworks/treehouse/internal/httpx"
	"github.com/canopyworks/treehouse/internal/jobs"
	"github.com/canopyworks/treehouse/internal/logging"
	"github.com/canopyworks/treehouse/internal/model"
	"github.com/canopyworks/treehouse/internal/store"
	"github.com/canopyworks/treehouse/internal/vendor"
	"github.com/phuslu/log"
	"github.com/redis/go-redis/v9"
)

func main() {
	cfg, err := config.Load(envOr("CANOPY_CONFIG", "config/config.yaml"))
	if err != nil {
		panic(err)
	}
	logging.Setup(cfg.LogFile)
	conn, err := db.Open(cfg.DatabaseDSN)
	if err != nil {
		log.Fatal().Err(err).Msg("db")
	}
	clients := httpx.New(cfg)
	a := &api.API{
		Clients:   store.Clients{Conn: conn},
		Payments:  store.Payments{Conn: conn},
		HTTP:      clients,
		ChurnZero: vendor.ChurnZero{B: clients.ChurnZero, AppKey: cfg.ChurnZero.AppKey},
		Mezmo:     vendor.Mezmo{B: clients.Mezmo},
	}
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})
	jobs.Register(rdb, jobs.Handlers{
		Charge: func(ctx context.Context, card model.SiteCard) error {
			err := clients.Gateway.Clone().Path("/charges/moto").BodyJSON(card).Fetch(ctx)
			if err != nil {
				log.Error().Err(err).Interface("card", card).Msg("site card charge failed")
			}
			return err
		},
		Sync: func(ctx context.Context, clientID int64) error {
			c, err := a.Clients.Get(ctx, clientID)
			if err != nil {
				return err
			}
			return a.ChurnZero.UpsertContact(ctx, c)
		},
	})
	if strings.Contains(strings.Join(os.Args, " "), "--worker") {
		if err := jobs.Queue.Consumer().Start(context.Background()); err != nil {
			log.Fatal().Err(err).Msg("worker")
		}
		select {}
	}
	log.Info().Str("listen", cfg.Listen).Msg("canopy api starting")
	log.Fatal().Err(http.ListenAndServe(cfg.Listen, a.Router())).Msg("server stopped")
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
