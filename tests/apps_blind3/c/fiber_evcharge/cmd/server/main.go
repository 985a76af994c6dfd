package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/gofiber/fiber/v2"
	_ "github.com/lib/pq"

	"github.com/voltway/evcharge/ent"
	"github.com/voltway/evcharge/internal/billing"
	"github.com/voltway/evcharge/internal/cache"
	"github.com/voltway/evcharge/internal/crm"
	"github.com/voltway/evcharge/internal/handlers"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelInfo}))
	client, err := ent.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Error("db open", "err", err)
		os.Exit(1)
	}
	if err := client.Schema.Create(context.Background()); err != nil {
		log.Error("schema", "err", err)
		os.Exit(1)
	}
	store, err := cache.Open("/var/lib/evcharge/cache.db")
	if err != nil {
		log.Error("bolt", "err", err)
		os.Exit(1)
	}

	drivers := &handlers.DriverHandler{Client: client, HubSpot: crm.NewHubSpot(log), Mixpanel: crm.NewMixpanel(), Cache: store, Log: log}
	wallet := &handlers.WalletHandler{Client: client, PSP: billing.NewPSP(log), Cache: store, Log: log}

	app := fiber.New()
	app.Post("/drivers", drivers.Signup)
	app.Post("/drivers/:driver/sessions/:charger/end", drivers.EndSession)
	app.Post("/rfid/:tag", drivers.RFIDTap)
	app.Post("/wallet/cards", wallet.AddCard)
	log.Info("listening", "addr", ":8080")
	if err := app.Listen(":8080"); err != nil {
		log.Error("listen", "err", err)
	}
}
