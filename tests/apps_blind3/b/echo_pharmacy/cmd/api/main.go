package main

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	log "github.com/sirupsen/logrus"

	"github.com/medikart/refills/internal/analytics"
	"github.com/medikart/refills/internal/db"
	"github.com/medikart/refills/internal/handlers"
	"github.com/medikart/refills/internal/notify"
)

func main() {
	log.SetFormatter(&log.JSONFormatter{})

	pool, err := pgxpool.New(context.Background(), os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatalf("db: %v", err)
	}
	tracker, err := analytics.NewTracker(os.Getenv("POSTHOG_KEY"))
	if err != nil {
		log.Fatalf("posthog: %v", err)
	}
	defer tracker.Close()

	api := &handlers.API{
		Q:       db.New(pool),
		Tracker: tracker,
		SMS:     notify.NewSMSGateway(os.Getenv("SMS_USER"), os.Getenv("SMS_KEY")),
	}

	e := echo.New()
	e.Use(middleware.RequestID())
	e.Use(middleware.LoggerWithConfig(middleware.LoggerConfig{
		Format: `{"time":"${time_rfc3339}","id":"${id}","remote_ip":"${remote_ip}","method":"${method}","uri":"${uri}","status":${status}}` + "\n",
	}))
	e.POST("/patients", api.RegisterPatient)
	e.POST("/refills/ready", api.RefillReady)
	e.POST("/payment-methods", api.AddCard)
	e.POST("/gift-cards/:code/redeem", api.RedeemGiftCard)
	log.Fatal(e.Start(":8080"))
}
