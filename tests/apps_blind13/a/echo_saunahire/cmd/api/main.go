package main

import (
	"log"

	"github.com/hibiken/asynq"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"

	"github.com/emberhut/sauna-api/internal/config"
	"github.com/emberhut/sauna-api/internal/handlers"
	"github.com/emberhut/sauna-api/internal/httpclients"
	"github.com/emberhut/sauna-api/internal/logging"
	"github.com/emberhut/sauna-api/internal/models"
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
	if err := db.AutoMigrate(&models.Member{}, &models.CardOnFile{}, &models.Booking{}, &models.HeldCard{}, &models.GiftCard{}); err != nil {
		logger.Fatal(err)
	}
	clients := httpclients.New(cfg)
	queue := asynq.NewClient(asynq.RedisClientOpt{Addr: cfg.Redis.Addr})
	defer queue.Close()

	e := echo.New()
	e.Use(middleware.RequestID())
	e.Use(middleware.Recover())
	e.Use(logging.Middleware(logger))
	api := &handlers.API{
		DB: db, Queue: queue, Clients: clients, Cfg: cfg, Log: logger,
		Loyalty: &vendors.LoyaltyLion{HTTP: clients.Vendors, Token: cfg.LoyaltyLion.Token, Secret: cfg.LoyaltyLion.Secret},
	}
	api.Register(e)
	logger.Fatal(e.Start(cfg.HTTP.Addr))
}
