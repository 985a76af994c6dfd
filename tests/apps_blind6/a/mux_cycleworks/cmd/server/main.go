package main

import (
	"net/http"
	"os"
	"time"

	"github.com/gorilla/mux"
	"github.com/posthog/posthog-go"
	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"

	"github.com/cycleworks/repairdesk/ent"
	"github.com/cycleworks/repairdesk/internal/handlers"
	"github.com/cycleworks/repairdesk/internal/service"

	_ "github.com/lib/pq"
)

func main() {
	logger, _ := zap.NewProduction()
	defer logger.Sync()

	client, err := ent.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		logger.Fatal("db open failed", zap.Error(err))
	}
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	ph, _ := posthog.NewWithConfig(os.Getenv("POSTHOG_KEY"), posthog.Config{Endpoint: "https://eu.posthog.com"})
	defer ph.Close()

	cards := service.NewCardService(client, rdb, logger, os.Getenv("GATEWAY_URL"))
	th := &handlers.TicketHandler{DB: client, Cards: cards, Events: service.NewEvents(ph, logger), Log: logger}

	r := mux.NewRouter()
	th.Routes(r)
	r.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })

	srv := &http.Server{Addr: ":8080", Handler: r, ReadTimeout: 10 * time.Second}
	logger.Info("listening", zap.String("addr", srv.Addr), zap.String("redis", os.Getenv("REDIS_ADDR")))
	if err := srv.ListenAndServe(); err != nil {
		logger.Fatal("server stopped", zap.Error(err))
	}
}
