package main

import (
	"context"
	"os"

	"github.com/apex/log"
	"github.com/apex/log/handlers/json"
	"github.com/bugsnag/bugsnag-go/v2"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/cloudwego/hertz/pkg/common/hlog"
	"github.com/forkandfield/mealkits/internal/clients"
	"github.com/forkandfield/mealkits/internal/config"
	"github.com/forkandfield/mealkits/internal/handlers"
	"github.com/forkandfield/mealkits/internal/jobs"
	"github.com/go-pg/pg/v10"
)

func main() {
	log.SetHandler(json.New(os.Stdout))
	log.SetLevel(log.InfoLevel)
	hlog.SetLevel(hlog.LevelWarn)

	cfg := config.Load()
	bugsnag.Configure(bugsnag.Configuration{APIKey: cfg.BugsnagKey, ReleaseStage: os.Getenv("STAGE"), ParamsFilters: []string{"password", "card"}})

	opt, err := pg.ParseURL(cfg.DatabaseURL)
	if err != nil {
		log.WithError(err).Fatal("bad DATABASE_URL")
	}
	db := pg.Connect(opt)
	defer db.Close()
	if err := db.Ping(context.Background()); err != nil {
		log.WithError(err).Fatal("database unreachable")
	}

	analytics := clients.NewAnalytics(cfg.RudderKey, cfg.RudderDataURL, cfg.SnapPixelID, cfg.SnapToken)
	gateway := clients.NewGateway(cfg.GatewayURL, cfg.GatewayKey)

	subs := &handlers.Subscribers{DB: db, Analytics: analytics}
	checkout := &handlers.Checkout{
		DB: db, Gateway: gateway, Analytics: analytics,
		Courier: clients.NewCourier(cfg.CourierURL),
		Fraud:   clients.NewFraudCheck(cfg.FraudCheckURL),
	}
	hooks := &handlers.Webhooks{DB: db}

	h := server.Default(server.WithHostPorts(cfg.Addr))
	api := h.Group("/api/v1")
	api.POST("/subscribers", subs.Signup)
	api.PUT("/subscribers/:id/address", subs.UpdateAddress)
	api.POST("/subscribers/:id/skip", subs.Skip)
	api.POST("/sessions", subs.Login)
	api.POST("/checkout/first-box", checkout.FirstBox)
	h.POST("/webhooks/tillwise", hooks.Gateway)

	go jobs.NewRenewals(db, gateway, cfg.SpoolDir, cfg.RenewalHour).Loop(context.Background())
	h.Spin()
}
