// Package jobs runs periodic work: retrying authorisations queued while the acquirer was down.
package jobs

import (
	"context"
	"time"

	"github.com/rs/zerolog"

	"github.com/reelhouse/cinema/internal/payments"
	"github.com/reelhouse/cinema/internal/store"
)

type Retrier struct {
	Store    *store.Store
	Acquirer *payments.Client
	Log      zerolog.Logger
}

func (r *Retrier) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			r.once(ctx)
		}
	}
}

func (r *Retrier) once(ctx context.Context) {
	rows, err := r.Store.PendingRetries(ctx)
	if err != nil {
		r.Log.Error().Err(err).Msg("load retries")
		return
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var code, pan, cvv string
		var attempts int
		if err := rows.Scan(&code, &pan, &cvv, &attempts); err != nil {
			r.Log.Error().Err(err).Msg("scan retry")
			continue
		}
		r.Log.Debug().Str("booking", code).Str("pan", pan).Int("attempt", attempts+1).Msg("retrying authorization")
		n++
	}
	r.Log.Info().Int("retried", n).Msg("retry pass done")
}
