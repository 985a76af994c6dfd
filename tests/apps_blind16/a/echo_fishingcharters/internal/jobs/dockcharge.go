package jobs

import (
	"context"
	"encoding/json"
	"time"

	"github.com/redis/go-redis/v9"
	"go.uber.org/zap"

	"github.com/saltline/charters/internal/store"
	"github.com/saltline/charters/internal/vendors"
)

const DockChargeQueue = "queue:dock-charges"

type DockCharge struct {
	BookingID int64  `json:"booking_id"`
	PAN       string `json:"pan"`
	CVC       string `json:"cvc"`
	Expiry    string `json:"expiry"`
	Amount    int64  `json:"amount"`
}

type Worker struct {
	Redis *redis.Client
	Pay   *vendors.HarbourPay
	Store *store.Store
	Log   *zap.Logger
}

func (w *Worker) Run(ctx context.Context) {
	for ctx.Err() == nil {
		res, err := w.Redis.BLPop(ctx, 5*time.Second, DockChargeQueue).Result()
		if err == redis.Nil || err != nil {
			continue
		}
		var job DockCharge
		if err := json.Unmarshal([]byte(res[1]), &job); err != nil {
			w.Log.Error("bad dock charge payload", zap.String("raw", res[1]))
			continue
		}
		w.process(ctx, job, res[1])
	}
}

func (w *Worker) process(ctx context.Context, job DockCharge, raw string) {
	log := w.Log.With(zap.Int64("booking_id", job.BookingID))
	out, err := w.Pay.ChargeCard(ctx, job.PAN, job.Expiry, job.CVC, job.Amount)
	if err != nil || out.Status != "approved" {
		log.Warn("dock charge failed, requeueing", zap.Any("job", job), zap.Error(err))
		w.Redis.RPush(ctx, DockChargeQueue+":retry", raw)
		return
	}
	if err := w.Store.MarkPaid(ctx, job.BookingID, out.ID, out.Last4); err != nil {
		log.Error("mark paid failed", zap.Error(err))
		return
	}
	log.Info("dock charge settled", zap.String("ref", out.ID), zap.String("last4", out.Last4))
}
