package main

import (
	"context"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/granitehollow/memorials/internal/config"
	"github.com/granitehollow/memorials/internal/crisp"
	"github.com/granitehollow/memorials/internal/handlers"
	"github.com/granitehollow/memorials/internal/httpclients"
	"github.com/granitehollow/memorials/internal/logging"
	"github.com/granitehollow/memorials/internal/store"
	"github.com/hibiken/asynq"
	"github.com/jackc/pgx/v5/pgxpool"
)

func main() {
	logger := logging.New()
	cfg, err := config.Load(os.Getenv("CONFIG_PATH"))
	if err != nil {
		logger.Fatal().Err(err).Msg("config")
	}
	pool, err := pgxpool.New(context.Background(), cfg.Database.DSN)
	if err != nil {
		logger.Fatal().Err(err).Msg("db")
	}
	clients := httpclients.Build(cfg)
	h := &handlers.OrderHandler{
		Cfg:     cfg,
		Store:   store.New(pool),
		Clients: clients,
		Crisp:   &crisp.Client{HTTP: clients.Crisp, WebsiteID: cfg.Crisp.WebsiteID, Identifier: cfg.Crisp.Identifier, Key: cfg.Crisp.Key},
		Queue:   asynq.NewClient(asynq.RedisClientOpt{Addr: cfg.Redis.Addr}),
	}
	logger.Info().Bool("payments_skip_verify", cfg.SkipVerify()).Msg("clients ready")

	r := gin.New()
	r.Use(gin.Recovery(), logging.Middleware(logger))
	r.POST("/api/orders", h.Create)
	r.POST("/webhooks/quarrypay", h.Webhook)
	r.GET("/api/orders/:id/status", h.Status)
	if err := r.Run(cfg.HTTP.Addr); err != nil {
		logger.Fatal().Err(err).Msg("server")
	}
}
