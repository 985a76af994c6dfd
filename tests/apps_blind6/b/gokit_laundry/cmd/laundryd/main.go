package main

import (
	"flag"
	"net/http"
	"os"

	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"github.com/redis/go-redis/v9"

	"github.com/example/laundry/pkg/billing"
	"github.com/example/laundry/pkg/notify"
	"github.com/example/laundry/pkg/pickup"
	"github.com/example/laundry/pkg/store"
)

func main() {
	addr := flag.String("http", ":8080", "listen address")
	dsn := flag.String("dsn", os.Getenv("DATABASE_URL"), "postgres dsn")
	flag.Parse()

	logger := log.NewJSONLogger(log.NewSyncWriter(os.Stdout))
	logger = log.With(logger, "ts", log.DefaultTimestampUTC, "caller", log.DefaultCaller)

	db := sqlx.MustConnect("postgres", *dsn)
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	repo := store.NewRepo(db)

	n := &notify.Notifier{
		SiteID:    os.Getenv("CIO_SITE_ID"),
		APIKey:    os.Getenv("CIO_API_KEY"),
		SMSBridge: os.Getenv("SMS_BRIDGE_HOST"),
		Logger:    logger,
		HTTP:      http.DefaultClient,
	}
	var ps pickup.Service = pickup.NewService(repo, n)
	ps = pickup.LoggingMiddleware(log.With(logger, "svc", "pickup"))(ps)
	_ = billing.NewService(repo, rdb, logger, os.Getenv("PROCESSOR_URL"))

	mux := http.NewServeMux()
	mux.Handle("/customers", pickup.MakeHandler(ps, logger))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })

	level.Info(logger).Log("msg", "listening", "addr", *addr, "redis", os.Getenv("REDIS_ADDR"))
	if err := http.ListenAndServe(*addr, mux); err != nil {
		level.Error(logger).Log("msg", "server stopped", "err", err)
		os.Exit(1)
	}
}
