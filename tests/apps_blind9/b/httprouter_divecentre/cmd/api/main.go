package main

import (
	"context"
	"flag"
	"net/http"
	"os"
	"time"

	"github.com/hibiken/asynq"
	"github.com/julienschmidt/httprouter"

	"github.com/bluehole-divers/platform/internal/api"
	"github.com/bluehole-divers/platform/internal/clients"
	"github.com/bluehole-divers/platform/internal/config"
	"github.com/bluehole-divers/platform/internal/errs"
	"github.com/bluehole-divers/platform/internal/jobs"
	"github.com/bluehole-divers/platform/internal/logx"
	"github.com/bluehole-divers/platform/internal/store"
)

var log = logx.For("main")

func accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		log.Info("request", "ip", r.RemoteAddr, "method", r.Method, "path", r.URL.Path, "ms", time.Since(start).Milliseconds())
	})
}

func main() {
	worker := flag.Bool("worker", false, "run the asynq worker instead of the API")
	flag.Parse()
	cfg := config.Load()
	errs.Init(cfg.AirbrakeProject, cfg.AirbrakeKey, os.Getenv("APP_ENV"))
	defer errs.Notifier.Close()

	db, err := store.Open(cfg.DatabaseURL)
	if err != nil {
		log.Crit("database", "err", err)
		os.Exit(1)
	}
	redis := asynq.RedisClientOpt{Addr: cfg.RedisAddr}
	gateway := clients.NewGateway(cfg.GatewayURL, cfg.GatewayKey)

	if *worker {
		h := &jobs.Handlers{Store: db, Gateway: gateway, Kustomer: clients.NewKustomer(cfg.KustomerKey)}
		mux := asynq.NewServeMux()
		mux.HandleFunc(jobs.TypeDamageCharge, h.DamageCharge)
		mux.HandleFunc(jobs.TypeCRMSync, h.CRMSync)
		srv := asynq.NewServer(redis, asynq.Config{Concurrency: 4})
		go func() {
			for range time.Tick(24 * time.Hour) {
				_ = jobs.OverdueSweep(context.Background(), db, asynq.NewClient(redis))
			}
		}()
		if err := srv.Run(mux); err != nil {
			log.Crit("worker stopped", "err", err)
		}
		return
	}

	deps := &api.Deps{
		Store:    db,
		Queue:    asynq.NewClient(redis),
		Gateway:  gateway,
		Manifest: clients.NewManifest(cfg.ManifestURL),
		Agency:   clients.NewAgency(cfg.AgencyURL, cfg.AgencySkipVerify),
		Ads:      clients.NewGoogleAds(cfg.GoogleAdsCustomer, cfg.GoogleAdsToken),
		Secret:   []byte(cfg.WebhookSecret),
	}
	router := httprouter.New()
	router.POST("/divers", deps.RegisterDiver)
	router.GET("/divers/:id", deps.GetDiver)
	router.POST("/bookings/lookup", deps.LookupBookings)
	router.POST("/trips/:id/bookings", deps.BookTrip)
	router.POST("/rentals", deps.OpenRental)
	router.POST("/rentals/:id/return", deps.ReturnRental)
	router.POST("/webhooks/reefpay", deps.ReefPayWebhook)
	router.GET("/healthz", func(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
		if err := deps.Manifest.Ping(); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	router.PanicHandler = func(w http.ResponseWriter, r *http.Request, v any) {
		log.Error("panic", "path", r.URL.Path, "value", v)
		w.WriteHeader(http.StatusInternalServerError)
	}

	log.Info("listening", "addr", cfg.Addr)
	if err := http.ListenAndServe(cfg.Addr, accessLog(router)); err != nil {
		log.Crit("server stopped", "err", err)
	}
}
