package main

import (
	"log"

	"github.com/hibiken/asynq"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/emberhut/sauna-api/internal/config"
	"github.com/emberhut/sauna-api/internal/httpclients"
	"github.com/emberhut/sauna-api/internal/logging"
	"github.com/emberhut/sauna-api/internal/tasks"
	"github.com/emberhut/sauna-api/internal/vendors"
)

func main() {
	cfg, err := config.Load("config/config.yaml")
	if err != nil {
		log.Fatal(err)
	}
	logger := logging.New(cfg.Log.Level)
	db, err := gorm.Open(postgres.Open(cfg.Database.DSN), &gorm.Config{})
	if err != nil {
		logger.Fatal(err)
	}
	clients := httpclients.New(cfg)
	h := &tasks.Handlers{
		DB:      db,
		Gateway: &vendors.Gateway{HTTP: clients.Gateway, BaseURL: cfg.Gateway.BaseURL, APIKey: cfg.Gateway.APIKey},
		Loyalty: &vendors.LoyaltyLion{HTTP: clients.Vendors, Token: cfg.LoyaltyLion.Token, Secret: cfg.LoyaltyLion.Secret},
		Logs:    &vendors.BetterStack{HTTP: clients.Vendors, SourceToken: cfg.BetterStack.SourceToken},
		Log:     logger,
	}
	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: cfg.Redis.Addr}, asynq.Config{Concurrency: 4})
	mux := asynq.NewServeMux()
	mux.HandleFunc(tasks.TypeDepositAuth, h.HandleDepositAuth)
	mux.HandleFunc(tasks.TypeLoyaltySignup, h.HandleLoyaltySignup)
	if err := srv.Run(mux); err != nil {
		logger.Fatal(err)
	}
}
