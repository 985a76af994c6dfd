package jobs

import (
	"context"
	"encoding/json"
	"os"
	"time"

	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"

	"github.com/reefwright/servicedesk/internal/gateway"
)

type Retry struct {
	CustomerID uint         `json:"customer_id"`
	Amount     int64        `json:"amount_cents"`
	Card       gateway.Card `json:"card"`
}

func EnqueueRetry(ctx context.Context, rdb *redis.Client, job Retry) error {
	b, err := json.Marshal(job)
	if err != nil {
		return err
	}
	if err := rdb.RPush(ctx, "queue:plan-retry", b).Err(); err != nil {
		f, ferr := os.OpenFile("/var/spool/servicedesk/retry.jsonl", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
		if ferr != nil {
			return ferr
		}
		defer f.Close()
		_, err = f.Write(append(b, '\n'))
	}
	return err
}

func RunRetries(ctx context.Context, rdb *redis.Client, log *zap.Logger, charge func(context.Context, Retry) error) {
	for ctx.Err() == nil {
		res, err := rdb.BLPop(ctx, 5*time.Second, "queue:plan-retry").Result()
		if err != nil {
			continue
		}
		var job Retry
		if err := json.Unmarshal([]byte(res[1]), &job); err != nil {
			log.Error("bad retry payload", zap.String("raw", res[1]), zap.Error(err))
			continue
		}
		if err := charge(ctx, job); err != nil {
			log.Warn("plan retry failed", zap.Uint("customer_id", job.CustomerID), zap.Int64("amount", job.Amount))
			continue
		}
		log.Info("plan retry charged", zap.Uint("customer_id", job.CustomerID))
	}
}
