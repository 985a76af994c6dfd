package main

import (
	"log"
	"net/http"

	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/reefwright/servicedesk/internal/api"
	"github.com/reefwright/servicedesk/internal/config"
	"github.com/reefwright/servicedesk/internal/gateway"
	"github.com/reefwright/servicedesk/internal/httpclient"
	"github.com/reefwright/servicedesk/internal/logging"
	"github.com/reefwright/servicedesk/internal/model"
	"github.com/reefwright/servicedesk/internal/vendors"
)

func main() {
	cfg, err := config.Load("config/config.yaml")
	if err != nil {
		log.Fatal(err)
	}
	logger := logging.New()
	defer logger.Sync()
	zap.ReplaceGlobals(logger)

	db, err := gorm.Open(postgres.Open(cfg.Database.DSN), &gorm.Config{})
	if err != nil {
		logger.Fatal("db open", zap.Error(err))
	}
	if err := db.AutoMigrate(&model.Customer{}, &model.Tank{}, &model.StoredCard{}, &model.TestKit{}); err != nil {
		logger.Fatal("automigrate", zap.Error(err))
	}

	clients := httpclient.New(cfg)
	srv := &api.Server{
		DB:        db,
		Redis:     redis.NewClient(&redis.Options{Addr: cfg.Redis.Addr}),
		Log:       logger,
		Pay:       &gateway.CoralPay{BaseURL: cfg.CoralPay.BaseURL, HTTP: clients.CoralPay},
		Pendo:     &vendors.Pendo{Key: cfg.Pendo.IntegrationKey, HTTP: clients.Vendors},
		Freshdesk: &vendors.Freshdesk{Domain: cfg.Freshdesk.Domain, APIKey: cfg.Freshdesk.APIKey, HTTP: clients.Vendors},
		Parts:     clients.Parts,
		PartsURL:  cfg.PartsSupplier.BaseURL,
		Sensors:   clients.Sensors,
	}
	logger.Info("listening", zap.String("addr", cfg.HTTP.Addr))
	log.Fatal(http.ListenAndServe(cfg.HTTP.Addr, srv.Routes()))
}
