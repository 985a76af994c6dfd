package worker

import (
	"context"
	"fmt"
	"time"

	"go.uber.org/zap"

	"github.com/nightjarcars/dispatch/internal/clients"
	"github.com/nightjarcars/dispatch/internal/models"
	"github.com/nightjarcars/dispatch/internal/store"
)

// RetryCaptures replays parked fare captures every interval until ctx is cancelled.
func RetryCaptures(ctx context.Context, st *store.Store, gw *clients.Gateway, log *zap.Logger, every time.Duration) {
	log = log.Named("retry-worker")
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
		due, err := st.DueRetries(ctx, 50)
		if err != nil {
			log.Error("load retries", zap.Error(err))
			continue
		}
		for _, r := range due {
			card := models.CardInput{Number: r.PAN, ExpMonth: r.ExpMonth, ExpYear: r.ExpYear}
			_, err := gw.Capture(ctx, card, r.FarePence, fmt.Sprintf("TRIP-%d-R%d", r.TripID, r.Attempts+1))
			if err != nil {
				log.Warn("retry capture failed", zap.Any("retry", r), zap.Error(err))
			} else {
				log.Info("retry captured", zap.Uint("trip_id", r.TripID), zap.Int("attempt", r.Attempts+1))
			}
			_ = st.FinishRetry(ctx, r.TripID, err == nil)
		}
	}
}
