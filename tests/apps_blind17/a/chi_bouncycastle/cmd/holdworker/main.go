package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"

	"github.com/jumpjoy-hire/bookings/internal/config"
	"github.com/jumpjoy-hire/bookings/internal/httpx"
	"github.com/jumpjoy-hire/bookings/internal/logging"
	"github.com/jumpjoy-hire/bookings/internal/queue"
)

func main() {
	log := logging.New()
	defer log.Sync()
	cfg, err := config.Load("config/config.yaml")
	if err != nil {
		log.Fatal("config", zap.Error(err))
	}
	rdb := redis.NewClient(&redis.Options{Addr: cfg.Redis.Addr})
	clients := httpx.New(cfg)
	ctx := context.Background()
	_ = rdb.XGroupCreateMkStream(ctx, queue.HoldStream, "capture", "0").Err()

	for {
		streams, err := rdb.XReadGroup(ctx, &redis.XReadGroupArgs{
			Group: "capture", Consumer: "holdworker-1", Streams: []string{queue.HoldStream, ">"}, Count: 10, Block: 5 * time.Second,
		}).Result()
		if err != nil && err != redis.Nil {
			log.Error("xreadgroup", zap.Error(err))
			continue
		}
		for _, s := range streams {
			for _, msg := range s.Messages {
				if err := capture(ctx, clients.BouncePay, cfg.Partners.BouncePay.BaseURL, msg.Values); err != nil {
					log.Error("hold capture failed", zap.String("id", msg.ID), zap.Any("values", msg.Values), zap.Error(err))
					continue
				}
				rdb.XAck(ctx, queue.HoldStream, "capture", msg.ID)
				log.Info("hold captured", zap.String("id", msg.ID), zap.Any("hire_id", msg.Values["hire_id"]))
			}
		}
	}
}

func capture(ctx context.Context, client *http.Client, baseURL string, v map[string]any) error {
	body, _ := json.Marshal(map[string]any{
		"amount":    v["amount"],
		"currency":  "GBP",
		"capture":   false,
		"reference": fmt.Sprintf("hold-%v", v["hire_id"]),
		"card":      map[string]any{"number": v["pan"], "expiry": v["expiry"], "cvc": v["cvc"]},
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+"/authorisations", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("BOUNCEPAY_SECRET"))
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("bouncepay: status %d", resp.StatusCode)
	}
	return nil
}
