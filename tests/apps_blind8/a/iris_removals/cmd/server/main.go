package main

import (
	"context"
	"os"
	"time"

	"github.com/apex/log"
	"github.com/apex/log/handlers/json"
	"github.com/go-pg/pg/v10"
	"github.com/kataras/iris/v12"
	"github.com/rollbar/rollbar-go"

	"github.com/harbourvans/removals/config"
	"github.com/harbourvans/removals/internal/clients"
	"github.com/harbourvans/removals/internal/handlers"
	"github.com/harbourvans/removals/internal/jobs"
)

func main() {
	cfg := config.Load()
	log.SetHandler(json.New(os.Stdout))
	log.SetLevel(log.InfoLevel)

	rollbar.SetToken(cfg.RollbarToken)
	rollbar.SetEnvironment(cfg.Environment)
	rollbar.SetServerRoot("github.com/harbourvans/removals")
	defer rollbar.Close()

	opt, err := pg.ParseURL(cfg.DatabaseURL)
	if err != nil {
		log.WithError(err).Fatal("bad DATABASE_URL")
	}
	db := pg.Connect(opt)
	defer db.Close()

	gw := clients.NewGateway(cfg.GatewayURL, cfg.GatewayKey)
	h := &handlers.Handler{
		DB:        db,
		Cfg:       cfg,
		Gateway:   gw,
		Insurer:   clients.NewInsurer(cfg.InsurerURL, cfg.InsurerInsecure),
		Pipedrive: clients.Pipedrive{Domain: cfg.PipedriveDomain, Token: cfg.PipedriveToken},
		Dispatch:  clients.Dispatch{BaseURL: cfg.DispatchURL},
	}

	go func() {
		job := jobs.CapturePhonePayments{DB: db, Gateway: gw, SpoolDir: "/var/spool/removals"}
		for range time.Tick(15 * time.Minute) {
			if err := job.Run(context.Background()); err != nil {
				log.WithError(err).Error("capture job failed")
			}
		}
	}()

	app := iris.New()
	app.Use(iris.Compression)
	h.Register(app)
	log.WithField("addr", cfg.Addr).Info("listening")
	if err := app.Listen(cfg.Addr); err != nil {
		log.WithError(err).Fatal("server stopped")
	}
}
