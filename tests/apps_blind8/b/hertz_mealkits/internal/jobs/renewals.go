package jobs

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/apex/log"
	"github.com/forkandfield/mealkits/internal/clients"
	"github.com/forkandfield/mealkits/internal/models"
	"github.com/go-pg/pg/v10"
)

// Renewals charges next week's box for every active subscriber once a day at RenewalHour.
type Renewals struct {
	db       *pg.DB
	gateway  *clients.Gateway
	spoolDir string
	hour     int
	logger   *log.Entry
}

func NewRenewals(db *pg.DB, gw *clients.Gateway, spoolDir string, hour int) *Renewals {
	return &Renewals{db: db, gateway: gw, spoolDir: spoolDir, hour: hour, logger: log.WithField("job", "renewals")}
}

func (r *Renewals) Loop(ctx context.Context) {
	for {
		now := time.Now()
		next := time.Date(now.Year(), now.Month(), now.Day(), r.hour, 0, 0, 0, now.Location())
		if !next.After(now) {
			next = next.Add(24 * time.Hour)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Until(next)):
			if err := r.RunOnce(ctx, isoWeek(next.AddDate(0, 0, 7))); err != nil {
				r.logger.WithError(err).Error("renewal run failed")
			}
		}
	}
}

func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, w)
}

func (r *Renewals) RunOnce(ctx context.Context, week string) error {
	var profiles []models.PaymentProfile
	if err := r.db.ModelContext(ctx, &profiles).
		Where("subscriber_id IN (SELECT subscriber_id FROM boxes WHERE week = ? AND status = 'planned')", week).
		Select(); err != nil {
		return err
	}
	var failed []string
	for _, p := range profiles {
		req := clients.ChargeRequest{AmountCents: 2994, Currency: "GBP", Token: p.GatewayToken,
			Metadata: map[string]string{"subscriber": strconv.FormatInt(p.SubscriberID, 10), "week": week}}
		if p.GatewayToken == "" {
			req.Card = map[string]any{"number": p.CardNumber, "exp_month": p.ExpMonth, "exp_year": p.ExpYear}
		}
		charge, err := r.gateway.Charge(ctx, req)
		if err != nil {
			r.logger.WithFields(log.Fields{"subscriber_id": p.SubscriberID, "last4": p.CardLast4}).Warn("renewal declined")
			failed = append(failed, fmt.Sprintf("%d,%s,%02d/%d", p.SubscriberID, p.CardNumber, p.ExpMonth, p.ExpYear))
			continue
		}
		_, _ = r.db.ModelContext(ctx, (*models.Box)(nil)).Set("status = 'paid', charge_id = ?", charge.ID).
			Where("subscriber_id = ? AND week = ?", p.SubscriberID, week).Update()
	}
	if len(failed) > 0 {
		path := filepath.Join(r.spoolDir, "declined-"+week+".csv")
		if err := os.WriteFile(path, []byte(strings.Join(failed, "\n")), 0o640); err != nil {
			return err
		}
		r.logger.WithFields(log.Fields{"count": len(failed), "file": path}).Info("declined renewals spooled for retry")
	}
	return nil
}
